using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Server.Tests.Neo4j;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// The servers of a leak test, started once per test class: a restricted corpus on the embedded store and on Neo4j
/// (auth on, HS256 test key), and an oracle, the same corpus unrestricted on the embedded store, whose anonymous
/// answers are what a reader must see. The leak tests ask whole lists, nested deep, in one document: far above the
/// default cost limit, which is not what they test. A subclass lays out the two corpora and says what is secret.
/// </summary>
public abstract class LeakServers : IAsyncLifetime
{
    public ServerFactory Embedded { get; private set; } = null!;

    public ServerFactory Neo4j { get; private set; } = null!;

    public ServerFactory Oracle { get; private set; } = null!;

    /// <summary>What anonymous callers must never see, worked out from the unrestricted graph.</summary>
    public InternalSecrets Secrets { get; private set; } = null!;

    /// <summary>The corpus served with auth on both stores.</summary>
    protected abstract string RestrictedDirectory { get; }

    /// <summary>The corpus the oracle serves.</summary>
    protected abstract string UnrestrictedDirectory { get; }

    public ServerFactory Store(string store) => store switch
    {
        "embedded" => Embedded,
        "neo4j" => Neo4j,
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, "embedded or neo4j"),
    };

    public async Task InitializeAsync()
    {
        Secrets = await SecretsAsync();
        var limits = new Dictionary<string, string?> { ["GraphApi:GraphQL:Limits:MaxCost"] = "10000000" };
        var auth = new Dictionary<string, string?>(TestTokens.Settings().Concat(limits));
        Embedded = new ServerFactory(RestrictedDirectory, new Dictionary<string, string?>(auth) { ["GraphApi:WatchCorpus"] = "false" });
        Neo4j = new ServerFactory(RestrictedDirectory, new Dictionary<string, string?>(Neo4jServer.Settings(RestrictedDirectory).Concat(auth)));
        Oracle = new ServerFactory(UnrestrictedDirectory, new Dictionary<string, string?>(limits) { ["GraphApi:WatchCorpus"] = "false" });
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
        DisposeCorpora();
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

    /// <summary>Lays out the corpora if need be, and returns what anonymous callers must never see.</summary>
    protected abstract Task<InternalSecrets> SecretsAsync();

    protected abstract void DisposeCorpora();
}
