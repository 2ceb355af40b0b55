using System.Net;
using System.Text.Json;
using GraphApi.Knowledge.Export;

namespace GraphApi.Server.Tests.Hardening;

/// <summary>
/// Issue 7, injection through the API on both stores: names and filter values with quotes, backticks, Cypher,
/// <c>$param</c>, right-to-left marks and null bytes come back verbatim and change nothing (the canonical dump is
/// identical after). On Neo4j the values travel as Bolt parameters of constant queries, never in a query's text.
/// </summary>
public sealed class InjectionTests
{
    private const string Hostile = "Robert'); \"DROP\" `x` MATCH (n) DETACH DELETE n RETURN $param {{x}} \u202Eevil\u202C \u0000 end";

    public static readonly string[] Stores = ["embedded", "neo4j"];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var store in Stores)
        {
            foreach (var payload in Payloads)
            {
                cases.Add(store, payload);
            }
        }

        return cases;
    }

    public static TheoryData<string> StoreNames() => [.. Stores];

    private static readonly string[] Payloads =
    [
        "'",
        "\"",
        "`n`",
        "MATCH (n) DETACH DELETE n",
        "') MATCH (n) DETACH DELETE n //",
        "$param",
        "${param}",
        "\u202E",
        "zz\u0000zz",
        "%00",
        ".*",
        "\\",
        Hostile,
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_filter_value_finds_nothing_and_changes_nothing(string store, string payload)
    {
        using var corpus = new TestCorpus();
        await using var server = await KestrelServer.StartAsync(corpus.Directory, SettingsFor(store, corpus.Directory));
        var before = await CanonicalDump.WriteAsync(server.Store);

        var (status, body) = await server.QueryAsync(
            "query($t: String!) { search(text: $t) { entity { id } } people(where: { nameContains: $t }) { totalCount } }",
            new Dictionary<string, object?> { ["t"] = payload });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(0, body.GetProperty("data").GetProperty("search").GetArrayLength());
        Assert.Equal(0, body.GetProperty("data").GetProperty("people").GetProperty("totalCount").GetInt32());
        Assert.Equal(before, await CanonicalDump.WriteAsync(server.Store));
    }

    /// <summary>Issue 16: the same payloads with authentication on, asked by a reader, on one server per store.</summary>
    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task With_auth_on_hostile_filter_values_of_a_reader_find_nothing_and_change_nothing(string store)
    {
        using var corpus = new TestCorpus();
        var settings = new Dictionary<string, string?>(SettingsFor(store, corpus.Directory) ?? []);
        foreach (var (key, value) in Access.TestTokens.Settings())
        {
            settings[key] = value;
        }

        await using var server = await KestrelServer.StartAsync(corpus.Directory, settings);
        server.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Access.TestTokens.Reader);
        var before = await CanonicalDump.WriteAsync(server.Store);
        foreach (var payload in Payloads)
        {
            var (status, body) = await server.QueryAsync(
                "query($t: String!, $id: ID!) { search(text: $t) { entity { id } } people(where: { nameContains: $t }) { totalCount } sources(where: { mentionsEntityId: $id }) { totalCount } node(id: $id) { id } }",
                new Dictionary<string, object?> { ["t"] = payload, ["id"] = payload });

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.False(body.TryGetProperty("errors", out _), body.ToString());
            Assert.Equal("""{"search":[],"people":{"totalCount":0},"sources":{"totalCount":0},"node":null}""", body.GetProperty("data").GetRawText());
        }

        Assert.Equal(before, await CanonicalDump.WriteAsync(server.Store));
    }

    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task An_entity_named_with_hostile_characters_comes_back_byte_for_byte(string store)
    {
        using var corpus = new TestCorpus();
        var entities = Path.Combine(corpus.Directory, "knowledge", "entities.yaml");
        var yamlName = JsonSerializer.Serialize(Hostile).Replace("\\u0027", "'", StringComparison.Ordinal).Replace("\\u0060", "`", StringComparison.Ordinal);
        await File.AppendAllTextAsync(entities, $"""

              - id: person/hostile-name
                kind: Person
                name: {yamlName}
                nameAr: null
                aliases:
                  - "MATCH (n) DETACH DELETE n"
                description: "An entity whose name tries every injection: `$param`, quotes, RLO and NUL."

            """);
        await using var server = await KestrelServer.StartAsync(corpus.Directory, SettingsFor(store, corpus.Directory));
        var before = await CanonicalDump.WriteAsync(server.Store);

        var (status, body) = await server.QueryAsync(
            "query($id: ID!) { node(id: $id) { id ... on Entity { name aliases description } } }",
            new Dictionary<string, object?> { ["id"] = "person/hostile-name" });

        Assert.Equal(HttpStatusCode.OK, status);
        var node = body.GetProperty("data").GetProperty("node");
        Assert.Equal(Hostile, node.GetProperty("name").GetString());
        Assert.Equal("MATCH (n) DETACH DELETE n", node.GetProperty("aliases")[0].GetString());

        var (_, filtered) = await server.QueryAsync(
            "query($t: String!) { people(where: { nameContains: $t }) { nodes { id name } } }",
            new Dictionary<string, object?> { ["t"] = "DETACH DELETE" });
        var nodes = filtered.GetProperty("data").GetProperty("people").GetProperty("nodes");
        Assert.Equal("person/hostile-name", Assert.Single(nodes.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(before, await CanonicalDump.WriteAsync(server.Store));
    }

    private static Dictionary<string, string?>? SettingsFor(string store, string corpus) =>
        store == "neo4j" ? Neo4j.Neo4jServer.Settings(corpus) : null;
}
