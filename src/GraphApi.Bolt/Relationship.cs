namespace GraphApi.Bolt;

/// <summary>A relationship value (Bolt structure 0x52); element ids from 5.0, numeric ids as text before.</summary>
public sealed record Relationship(
    long Id,
    string ElementId,
    long StartNodeId,
    string StartNodeElementId,
    long EndNodeId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties)
{
    public object? this[string key] => Properties[key];
}
