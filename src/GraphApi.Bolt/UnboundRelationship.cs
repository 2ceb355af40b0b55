namespace GraphApi.Bolt;

/// <summary>A relationship inside a path (Bolt structure 0x72): its ends are known only from the path's indices.</summary>
public sealed record UnboundRelationship(long Id, string ElementId, string Type, IReadOnlyDictionary<string, object?> Properties);
