namespace GraphApi.Bolt;

/// <summary>
/// A failure reported by the server (a Bolt FAILURE message carrying a Neo4j status code such as
/// <c>Neo.ClientError.Statement.SyntaxError</c>) or by the client while talking to it.
/// <see cref="IsTransient"/> tells retry logic whether trying again may succeed.
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException()
    {
    }

    public Neo4jException(string message)
        : base(message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jException(string? code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The Neo4j status code, for example <c>Neo.ClientError.Security.Unauthorized</c>; null for client-side errors.</summary>
    public string? Code { get; }

    /// <summary>The GQLSTATUS the server sent with the failure (Bolt 5.7+), when present.</summary>
    public string? GqlStatus { get; init; }

    /// <summary>
    /// True for <c>Neo.TransientError.*</c> codes, except the two the Neo4j drivers treat as final because a
    /// user terminated the transaction (Neo4j status codes, "Transient errors").
    /// </summary>
    public virtual bool IsTransient =>
        Code is { } code
        && code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        && code != "Neo.TransientError.Transaction.Terminated"
        && code != "Neo.TransientError.Transaction.LockClientStopped";

    /// <summary>True for <c>Neo.ClientError.Security.*</c>: wrong credentials are never retried.</summary>
    public bool IsSecurityError => Code?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) == true;
}
