namespace GraphApi.GraphQL.Errors;

/// <summary>
/// Thrown by a resolver to report a domain error to the client: unlike any other exception, its message
/// and <see cref="Extensions"/> (for example a <c>code</c>) reach the response unchanged (§6.4.4 "Handling Field Errors").
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException()
        : this("Unexpected Execution Error")
    {
    }

    public GraphQLException(string message)
        : base(message)
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphQLException(string message, string code)
        : base(message)
    {
        Extensions = new Dictionary<string, object?> { ["code"] = code };
    }

    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions, Exception? innerException = null)
        : base(message, innerException)
    {
        Extensions = extensions;
    }

    /// <summary>Entries written under the error's <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
