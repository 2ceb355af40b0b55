namespace GraphApi.Bolt;

/// <summary>
/// The update counters of a result (the summary's "stats" map, whose entries the server leaves out when zero), by
/// name or through the raw key ("nodes-created", "properties-set", ...).
/// </summary>
public sealed class SummaryCounters
{
    private readonly IReadOnlyDictionary<string, object?> _stats;

    internal SummaryCounters(IReadOnlyDictionary<string, object?>? stats)
    {
        _stats = stats ?? new Dictionary<string, object?>();
    }

    public long this[string key] => _stats.TryGetValue(key, out var value) && value is long count ? count : 0;

    public long NodesCreated => this["nodes-created"];

    public long NodesDeleted => this["nodes-deleted"];

    public long RelationshipsCreated => this["relationships-created"];

    public long RelationshipsDeleted => this["relationships-deleted"];

    public long PropertiesSet => this["properties-set"];

    public long LabelsAdded => this["labels-added"];

    public long LabelsRemoved => this["labels-removed"];

    public long IndexesAdded => this["indexes-added"];

    public long IndexesRemoved => this["indexes-removed"];

    public long ConstraintsAdded => this["constraints-added"];

    public long ConstraintsRemoved => this["constraints-removed"];

    public long SystemUpdates => this["system-updates"];

    /// <summary>The server's "contains-updates" flag, or whether any counter other than system updates is non-zero.</summary>
    public bool ContainsUpdates => _stats.TryGetValue("contains-updates", out var flag) && flag is bool b
        ? b
        : NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved
            + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;

    /// <summary>The server's "contains-system-updates" flag, or whether system updates were counted.</summary>
    public bool ContainsSystemUpdates => _stats.TryGetValue("contains-system-updates", out var flag) && flag is bool b
        ? b
        : SystemUpdates > 0;
}
