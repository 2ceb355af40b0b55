namespace GraphApi.Bolt;

/// <summary>
/// A failure reported by the server (a Bolt FAILURE message carrying a Neo4j status code such as
/// <c>Neo.ClientError.Statement.SyntaxError</c>) or by the client while talking to it. <see cref="Message"/> is the
/// server's message as sent. From Bolt 5.7 the server also sends a GQLSTATUS, a diagnostic record and a chain of
/// causes; for older servers these carry the defaults the GQL error model prescribes ("50N42", classification
/// UNKNOWN). <see cref="IsTransient"/> tells retry logic whether trying again may succeed.
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

    /// <summary>The GQLSTATUS of the failure ("50N42" when the server predates Bolt 5.7).</summary>
    public string? GqlStatus { get; init; }

    /// <summary>The GQLSTATUS description, for example "error: general processing exception - unexpected error. ...".</summary>
    public string? StatusDescription { get; init; }

    /// <summary>The diagnostic record: CURRENT_SCHEMA, OPERATION, OPERATION_CODE and whatever else the server sent.</summary>
    public IReadOnlyDictionary<string, object?>? DiagnosticRecord { get; init; }

    /// <summary>CLIENT_ERROR, DATABASE_ERROR or TRANSIENT_ERROR, from the diagnostic record; UNKNOWN for anything else.</summary>
    public string? Classification { get; init; }

    /// <summary>The diagnostic record's <c>_classification</c> as sent, when it is text.</summary>
    public string? RawClassification { get; init; }

    /// <summary>The GQL cause the server attached (Bolt 5.7+), itself possibly with a cause.</summary>
    public Neo4jException? GqlCause { get; init; }

    /// <summary>
    /// True for <c>Neo.TransientError.*</c> codes (a terminated transaction and a stopped lock client arrive as
    /// client errors: see FailureMessage), for an expired authorization (the connection is re-authenticated), for a
    /// security error the auth token manager handled, and for a cluster member that stopped taking writes.
    /// </summary>
    public virtual bool IsTransient =>
        MarkedRetryable
        || Code == "Neo.ClientError.Security.AuthorizationExpired"
        || Code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true;

    /// <summary>True for <c>Neo.ClientError.Security.*</c>: wrong credentials are never retried unless a manager handled them.</summary>
    public bool IsSecurityError => Code?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) == true;

    /// <summary>Set when the auth token manager handled this security error: new credentials make a retry worthwhile.</summary>
    internal bool MarkedRetryable { get; set; }
}
