namespace GraphApi.Bolt.Tests.RealServer;

/// <summary>
/// The real server the tests talk to, named by NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD. Missing
/// variables fail the test (never skip it), with the command that provides them.
/// </summary>
internal static class RealNeo4j
{
    public static Uri Uri => new(Require("NEO4J_URI"));

    public static string User => Require("NEO4J_USERNAME");

    public static string Password => Require("NEO4J_PASSWORD");

    public static BoltDriver Driver(Action<DriverOptions>? configure = null)
    {
        var options = new DriverOptions { ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(30) };
        configure?.Invoke(options);
        return BoltDriver.Create(Uri, AuthTokens.Basic(User, Password), options);
    }

    /// <summary>A label no other test uses, so tests can run in any order and clean up after themselves.</summary>
    public static string UniqueLabel() => "T" + Guid.NewGuid().ToString("N")[..12];

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. The real-server tests need a Neo4j: run " +
                "`scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a` before `dotnet test`.");
}
