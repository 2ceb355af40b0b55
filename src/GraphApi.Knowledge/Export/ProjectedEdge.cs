namespace GraphApi.Knowledge.Export;

/// <summary>An edge of a <see cref="GraphProjection"/>, from <see cref="Source"/> to <see cref="Target"/>.</summary>
public sealed record ProjectedEdge(string Id, string Source, string Target, string Type, IReadOnlyList<KeyValuePair<string, object>> Properties);
