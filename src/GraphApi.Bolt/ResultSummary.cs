namespace GraphApi.Bolt;

/// <summary>
/// What the server said about a finished result: the query, its type ("r", "w", "rw", "s"), update counters,
/// database, server, notifications and GQL statuses, plan or profile, and timings. Servers before Bolt 5.6 send
/// notifications only; their GQL statuses are derived here as the GQL error model prescribes (a warning is 01N42,
/// anything else 03N42, and the result's own status says whether it had data).
/// </summary>
public sealed class ResultSummary
{
    private static readonly string[] QueryTypes = ["r", "w", "rw", "s"];

    internal ResultSummary(
        string query,
        IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, object?> runMetadata,
        IReadOnlyDictionary<string, object?> metadata,
        ServerInfo server,
        bool hadRecords,
        bool statusesFromServer)
    {
        Query = query;
        Parameters = parameters;
        Metadata = metadata;
        Server = server;
        var type = metadata.GetValueOrDefault("type") as string;
        if (type is not null && !QueryTypes.Contains(type))
        {
            throw new ProtocolViolationException(
                $"The server reported the query type '{type}'; Bolt knows \"r\", \"w\", \"rw\" and \"s\".");
        }

        QueryType = type;
        Counters = new SummaryCounters(metadata.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?>);
        ResultAvailableAfter = runMetadata.GetValueOrDefault("t_first") is long first ? TimeSpan.FromMilliseconds(first) : null;
        ResultConsumedAfter = metadata.GetValueOrDefault("t_last") is long last ? TimeSpan.FromMilliseconds(last) : null;
        Plan = Bolt.Plan.From(metadata.GetValueOrDefault("plan"), profiled: false);
        Profile = Bolt.Plan.From(metadata.GetValueOrDefault("profile"), profiled: true);
        var fields = runMetadata.GetValueOrDefault("fields") as IReadOnlyList<object?>;
        (GqlStatusObjects, Notifications) = statusesFromServer
            ? SummaryStatuses.FromStatuses(metadata.GetValueOrDefault("statuses") as IReadOnlyList<object?>)
            : SummaryStatuses.FromNotifications(
                metadata.GetValueOrDefault("notifications") as IReadOnlyList<object?>, hadRecords, fields is { Count: > 0 });
    }

    public string Query { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>The final SUCCESS metadata as sent.</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; }

    public ServerInfo Server { get; }

    public string? Bookmark => Metadata.GetValueOrDefault("bookmark") as string;

    /// <summary>"r", "w", "rw" or "s" (schema), from the summary's type field.</summary>
    public string? QueryType { get; }

    public SummaryCounters Counters { get; }

    /// <summary>The database that ran the query, as the server named it (Bolt 4+).</summary>
    public string? Database => Metadata.GetValueOrDefault("db") as string;

    public TimeSpan? ResultAvailableAfter { get; }

    public TimeSpan? ResultConsumedAfter { get; }

    /// <summary>Notifications; null when a server before 5.6 sent none.</summary>
    public IReadOnlyList<Notification>? Notifications { get; }

    public IReadOnlyList<GqlStatusObject> GqlStatusObjects { get; }

    public Plan? Plan { get; }

    public Plan? Profile { get; }
}
