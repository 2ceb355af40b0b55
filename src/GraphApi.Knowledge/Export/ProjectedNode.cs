namespace GraphApi.Knowledge.Export;

/// <summary>A node of a <see cref="GraphProjection"/>: id, kind, display name and further properties.</summary>
public sealed record ProjectedNode(string Id, string Kind, string Name, IReadOnlyList<KeyValuePair<string, object>> Properties);
