namespace GraphApi.GraphQL.Errors;

/// <summary>
/// A 1-based line and column in the request document (GraphQL spec §7.1.2 "Errors", <c>locations</c>).
/// </summary>
public readonly record struct ErrorLocation(int Line, int Column);
