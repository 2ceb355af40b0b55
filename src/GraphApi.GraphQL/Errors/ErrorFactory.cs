namespace GraphApi.GraphQL.Errors;

/// <summary>
/// The one place that creates <see cref="GraphQLError"/>s, so every error names the spec section
/// that raised it (house style §7: "GraphQL errors are data") and carries an <c>extensions.code</c>
/// (<see cref="GraphQLErrorCodes"/>) that clients can key on.
/// </summary>
public static class ErrorFactory
{
    /// <summary>An error in the request itself before validation: syntax, unknown operation, bad variables (§6.1).</summary>
    public static GraphQLError Request(string message, string specSection, string code, params ErrorLocation[] locations) =>
        new(message, locations, null, Code(code), specSection, null);

    /// <summary>A syntax error reported by the parser (§2, "Language").</summary>
    public static GraphQLError Syntax(string message, int line, int column) =>
        new($"Syntax Error: {message}", [new ErrorLocation(line, column)], null, Code(GraphQLErrorCodes.ParseFailed), "2", null);

    /// <summary>A validation rule failure (§5); <paramref name="specSection"/> names the rule, e.g. <c>"5.3.3"</c>.</summary>
    public static GraphQLError Validation(string message, string specSection, IReadOnlyList<ErrorLocation>? locations = null) =>
        new(message, locations, null, Code(GraphQLErrorCodes.ValidationFailed), specSection, null);

    /// <summary>
    /// A field error raised during execution (§6.4.4), located at the field and its response path. The resolver's own
    /// <c>code</c> in <paramref name="extensions"/> wins; without one, <paramref name="code"/> is added.
    /// </summary>
    public static GraphQLError Field(
        string message,
        string specSection,
        IReadOnlyList<ErrorLocation>? locations,
        IReadOnlyList<object>? path,
        string code,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalException = null) =>
        new(message, locations, path, WithCode(extensions, code), specSection, originalException);

    /// <summary>An error with full control over every member, for callers such as transports that add their own extensions.</summary>
    public static GraphQLError Create(
        string message,
        string? specSection = null,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(message, locations, path, extensions, specSection, null);

    private static Dictionary<string, object?> Code(string code) => new(1) { ["code"] = code };

    private static IReadOnlyDictionary<string, object?> WithCode(IReadOnlyDictionary<string, object?>? extensions, string code)
    {
        if (extensions is null || extensions.Count == 0)
        {
            return Code(code);
        }

        if (extensions.ContainsKey("code"))
        {
            return extensions;
        }

        var withCode = new Dictionary<string, object?>(extensions.Count + 1) { ["code"] = code };
        foreach (var (key, value) in extensions)
        {
            withCode[key] = value;
        }

        return withCode;
    }
}
