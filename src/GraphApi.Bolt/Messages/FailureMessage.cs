namespace GraphApi.Bolt.Messages;

/// <summary>
/// FAILURE: the request failed. Before 5.7 the map is {code, message}; from 5.7 it is a GQL error: neo4j_code,
/// message, gql_status, description, diagnostic_record and an optional cause of the same shape.
/// </summary>
internal sealed class FailureMessage(IReadOnlyDictionary<string, object?> metadata) : ResponseMessage
{
    private const string UnknownCode = "Neo.DatabaseError.General.UnknownError";

    /// <summary>What the GQL error model prescribes for a failure from a server that sends no GQLSTATUS.</summary>
    private const string DefaultGqlStatus = "50N42";

    private static readonly string[] KnownClassifications = ["CLIENT_ERROR", "DATABASE_ERROR", "TRANSIENT_ERROR"];

    public override string Name => "FAILURE";

    public IReadOnlyDictionary<string, object?> Metadata { get; } = metadata;

    public string Code => Reclassified(Text(Metadata, "neo4j_code") ?? Text(Metadata, "code") ?? UnknownCode);

    public Neo4jException ToException() => ToException(Metadata, Code);

    /// <summary>
    /// Neo4j reports a transaction a user terminated, and a lock client that was stopped, as transient errors, but
    /// retrying cannot help: the official drivers report them as client errors, and so does this one.
    /// </summary>
    private static string Reclassified(string code) => code switch
    {
        "Neo.TransientError.Transaction.Terminated" => "Neo.ClientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped" => "Neo.ClientError.Transaction.LockClientStopped",
        _ => code,
    };

    private static Neo4jException ToException(IReadOnlyDictionary<string, object?> map, string? code)
    {
        var message = Text(map, "message") ?? "The server reported a failure without a message.";
        var gqlStatus = Text(map, "gql_status");
        var diagnostics = WithDefaults(map.TryGetValue("diagnostic_record", out var d) ? d as IReadOnlyDictionary<string, object?> : null);
        var raw = diagnostics.TryGetValue("_classification", out var c) ? c as string : null;
        return new Neo4jException(code, message)
        {
            GqlStatus = gqlStatus ?? DefaultGqlStatus,
            StatusDescription = gqlStatus is null
                ? $"error: general processing exception - unexpected error. {message}"
                : Text(map, "description"),
            DiagnosticRecord = diagnostics,
            RawClassification = raw,
            Classification = raw is not null && KnownClassifications.Contains(raw) ? raw : "UNKNOWN",
            GqlCause = map.TryGetValue("cause", out var cause) && cause is IReadOnlyDictionary<string, object?> inner
                ? ToException(inner, Text(inner, "neo4j_code"))
                : null,
        };
    }

    /// <summary>CURRENT_SCHEMA "/", OPERATION "" and OPERATION_CODE "0" unless the server sent them; other entries are kept.</summary>
    private static Dictionary<string, object?> WithDefaults(IReadOnlyDictionary<string, object?>? record)
    {
        var filled = record is null ? [] : new Dictionary<string, object?>(record, StringComparer.Ordinal);
        filled.TryAdd("CURRENT_SCHEMA", "/");
        filled.TryAdd("OPERATION", string.Empty);
        filled.TryAdd("OPERATION_CODE", "0");
        return filled;
    }

    private static string? Text(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as string : null;
}
