namespace GraphApi.GraphQL.Errors;

/// <summary>
/// The one place that creates <see cref="GraphQLError"/>s, so every error names the spec section
/// that raised it (house style §7: "GraphQL errors are data").
/// </summary>
public static class ErrorFactory
{
    /// <summary>An error in the request itself before validation: syntax, unknown operation, bad variables (§6.1).</summary>
    public static GraphQLError Request(string message, string specSection, params ErrorLocation[] locations) =>
        new(message, locations, null, null, specSection, null);

    /// <summary>A syntax error reported by the parser (§2, "Language").</summary>
    public static GraphQLError Syntax(string message, int line, int column) =>
        new($"Syntax Error: {message}", [new ErrorLocation(line, column)], null, null, "2", null);

    /// <summary>A validation rule failure (§5); <paramref name="specSection"/> names the rule, e.g. <c>"5.3.3"</c>.</summary>
    public static GraphQLError Validation(string message, string specSection, IReadOnlyList<ErrorLocation>? locations = null) =>
        new(message, locations, null, null, specSection, null);

    /// <summary>A field error raised during execution (§6.4.4), located at the field and its response path.</summary>
    public static GraphQLError Field(
        string message,
        string specSection,
        IReadOnlyList<ErrorLocation>? locations,
        IReadOnlyList<object>? path,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalException = null) =>
        new(message, locations, path, extensions, specSection, originalException);

    /// <summary>An error with full control over every member, for callers such as transports that add their own extensions.</summary>
    public static GraphQLError Create(
        string message,
        string? specSection = null,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(message, locations, path, extensions, specSection, null);
}
