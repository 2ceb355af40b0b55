namespace GraphApi.GraphQL.Types;

/// <summary>
/// Thrown when a schema breaks the type system rules (GraphQL spec §3 "Type System", graphql-js <c>validateSchema</c>).
/// The message lists every problem found, one a line.
/// </summary>
public sealed class SchemaValidationException : InvalidOperationException
{
    public SchemaValidationException()
        : this([])
    {
    }

    public SchemaValidationException(string message)
        : this([message])
    {
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public SchemaValidationException(IReadOnlyList<string> errors)
        : base("The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e)))
    {
        Errors = errors;
    }

    /// <summary>Each violation as a sentence.</summary>
    public IReadOnlyList<string> Errors { get; }
}
