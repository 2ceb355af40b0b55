using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Server.Tests.Neo4j;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// The servers of the leak matrix, started once: the restricted corpus on the embedded store and on Neo4j (auth on,
/// HS256 test key), and an oracle: the unrestricted seeds on the embedded store, whose anonymous answers are what a
/// reader must see.
/// </summary>
public sealed class LeakMatrixServers : IAsyncLifetime
{
    private readonly RestrictedCorpus restricted = new();
    private readonly TestCorpus unrestricted = new();

    public ServerFactory Embedded { get; private set; } = null!;

    public ServerFactory Neo4j { get; private set; } = null!;

    public ServerFactory Oracle { get; private set; } = null!;

    public InternalSecrets Secrets { get; private set; } = null!;

    public ServerFactory Store(string store) => store switch
    {
        "embedded" => Embedded,
        "neo4j" => Neo4j,
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, "embedded or neo4j"),
    };

    public async Task InitializeAsync()
    {
        Secrets = InternalSecrets.Of(await RestrictedCorpus.UnrestrictedGraphAsync(), RestrictedCorpus.InternalSourceId);
        // The matrix asks for whole lists, nested deep, in one document: far above the default cost limit, which is not what it tests.
        var auth = new Dictionary<string, string?>(TestTokens.Settings()) { ["GraphApi:GraphQL:Limits:MaxCost"] = "10000000" };
        Embedded = new ServerFactory(restricted.Directory, new Dictionary<string, string?>(auth) { ["GraphApi:WatchCorpus"] = "false" });
        Neo4j = new ServerFactory(restricted.Directory, new Dictionary<string, string?>(Neo4jServer.Settings(restricted.Directory).Concat(auth)));
        Oracle = new ServerFactory(unrestricted.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false", ["GraphApi:GraphQL:Limits:MaxCost"] = "10000000" });
        await Task.WhenAll(
            GraphQLEndpointTests.WaitForReadyAsync(Embedded.CreateClient()),
            GraphQLEndpointTests.WaitForReadyAsync(Neo4j.CreateClient()),
            GraphQLEndpointTests.WaitForReadyAsync(Oracle.CreateClient()));
    }

    public async Task DisposeAsync()
    {
        await Embedded.DisposeAsync();
        await Neo4j.DisposeAsync();
        await Oracle.DisposeAsync();
        restricted.Dispose();
        unrestricted.Dispose();
    }

    /// <summary>POSTs a query with an optional bearer token and returns the status and the parsed body.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, JsonNode Body)> AskAsync(ServerFactory server, string query, string? token)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
