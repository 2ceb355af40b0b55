namespace GraphApi.Bolt.Messages;

/// <summary>
/// FAILURE: the request failed. Before 5.7 the map is {code, message}; from 5.7 the Neo4j code moves to
/// neo4j_code beside gql_status and description.
/// </summary>
internal sealed class FailureMessage(IReadOnlyDictionary<string, object?> metadata) : ResponseMessage
{
    public override string Name => "FAILURE";

    public IReadOnlyDictionary<string, object?> Metadata { get; } = metadata;

    public string Code => Get("neo4j_code") ?? Get("code") ?? "Neo.DatabaseError.General.UnknownError";

    public string Message => Get("message") ?? Get("description") ?? "The server reported a failure without a message.";

    public string? GqlStatus => Get("gql_status");

    public Neo4jException ToException() => new(Code, $"{Code}: {Message}") { GqlStatus = GqlStatus };

    private string? Get(string key) => Metadata.TryGetValue(key, out var value) ? value as string : null;
}
