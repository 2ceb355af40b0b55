using Xunit.Sdk;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>The real Neo4j the test command starts (<c>scripts/neo4j.sh start</c>); its absence fails, never skips.</summary>
internal static class RealServer
{
    public static Neo4jStoreOptions Options(string? partition = null)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            throw new XunitException("NEO4J_URI is not set: run `scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a` first (scripts/test.sh does).");
        }

        return Neo4jStoreOptions.FromEnvironment() with { Partition = partition ?? "test-" + Guid.NewGuid().ToString("N") };
    }

    public static Neo4jKnowledgeStore Store(string? partition = null) => Neo4jKnowledgeStore.Connect(Options(partition));
}
