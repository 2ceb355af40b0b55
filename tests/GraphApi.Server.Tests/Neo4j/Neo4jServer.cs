using Xunit.Sdk;

namespace GraphApi.Server.Tests.Neo4j;

/// <summary>
/// Settings for a server on the real Neo4j that the test command starts (<c>scripts/neo4j.sh start</c>), each test on
/// its own partition of the database. Without <c>NEO4J_URI</c> these tests fail; they never skip.
/// </summary>
internal static class Neo4jServer
{
    public static Uri Uri => new(Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri
        ? uri
        : throw new XunitException("NEO4J_URI is not set: run `scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a` first (scripts/test.sh does)."));

    public static Dictionary<string, string?> Settings(string corpus, Uri? through = null) => new()
    {
        ["GraphApi:Seeds"] = corpus,
        ["GraphApi:Store"] = "neo4j",
        ["GraphApi:WatchCorpus"] = "false",
        ["Neo4j:Uri"] = (through ?? Uri).ToString(),
        ["Neo4j:Username"] = Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j",
        ["Neo4j:Password"] = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        ["Neo4j:Partition"] = "server-test-" + Guid.NewGuid().ToString("N"),

        // These servers are asked for answers, not timings: the shipped 5 s bound on a read would turn a slow first
        // query on a busy machine (Neo4j 3.1 planning cold) into STORE_UNAVAILABLE. Neo4jOutageTests sets it back.
        ["Neo4j:QueryTimeout"] = "00:01:00",
    };
}
