namespace GraphApi.Knowledge.Stores;

/// <summary>An item and its opaque cursor.</summary>
public sealed record PageEdge<T>(string Cursor, T Node);
