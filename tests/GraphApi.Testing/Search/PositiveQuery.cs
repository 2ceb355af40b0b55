namespace GraphApi.Testing.Search;

/// <summary>A query that must rank <paramref name="ExpectedId"/> first, and what in it varies.</summary>
public sealed record PositiveQuery(string Query, string ExpectedId, string Variant);
