namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// What the HTTP transport needs from a GraphQL engine: run one request, and print the schema it serves (its SDL and its possible types).
/// The transport owns HTTP (media types, status codes, the IDE); the engine owns GraphQL.
/// </summary>
public interface IGraphQLRequestExecutor
{
    /// <summary>
    /// Parses, validates and executes <paramref name="request"/> (§6.1 "Executing Requests").
    /// When <see cref="GraphQLHttpRequest.IsGet"/> is set, a selected mutation must not run and the result is
    /// <see cref="GraphQLResponseKind.OperationNotAllowedOnGet"/>.
    /// </summary>
    Task<GraphQLResponse> ExecuteAsync(GraphQLHttpRequest request, CancellationToken cancellationToken);

    /// <summary>The schema in SDL (§3 "Type System"), served at <c>?sdl</c>; null when this engine cannot print it.</summary>
    string? PrintSchema();

    /// <summary>
    /// Every interface and union with the object types that can stand for it (§3.7 "Interfaces", §3.8 "Unions"), served at
    /// <c>?possibleTypes</c> for client caches (Apollo Client's <c>possibleTypes</c>); null when this engine cannot tell.
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>>? PossibleTypes() => null;
}
