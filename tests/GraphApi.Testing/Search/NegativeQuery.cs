namespace GraphApi.Testing.Search;

/// <summary>A query that must find no entity, and where it comes from.</summary>
public sealed record NegativeQuery(string Query, string Origin);
