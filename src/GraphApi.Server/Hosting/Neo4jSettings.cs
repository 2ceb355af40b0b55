using GraphApi.Bolt;
using GraphApi.Knowledge.Neo4j;

namespace GraphApi.Server.Hosting;

/// <summary>
/// The <c>Neo4j</c> configuration section (<c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c> or
/// <c>NEO4J_PASSWORD_FILE</c>, <c>NEO4J_PARTITION</c>) and the driver settings the API runs with. An API request fails
/// fast when Neo4j is down (short connect timeout and retry budget), instead of holding the caller for the official
/// drivers' 30-second default; the pool then recovers on its own when the server is back.
/// </summary>
internal sealed record Neo4jSettings(Neo4jStoreOptions Store, DriverOptions Driver)
{
    public static Neo4jSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Neo4j");
        var uri = section["Uri"];
        if (string.IsNullOrWhiteSpace(uri) || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new InvalidOperationException(
                $"GRAPHAPI_STORE=neo4j needs NEO4J_URI (Neo4j:Uri), e.g. bolt://127.0.0.1:7687; it is {(string.IsNullOrWhiteSpace(uri) ? "not set" : $"'{uri}', not a URI")}.");
        }

        var store = new Neo4jStoreOptions
        {
            Uri = parsed,
            Username = section["Username"] is { Length: > 0 } user ? user : "neo4j",
            Password = section["Password"],
            PasswordFile = section["PasswordFile"],
            Partition = section["Partition"] is { Length: > 0 } partition ? partition : "graphapi",
        };
        var driver = new DriverOptions
        {
            MaxConnectionPoolSize = section.GetValue("MaxConnectionPoolSize", 100),
            ConnectionTimeout = section.GetValue("ConnectionTimeout", TimeSpan.FromSeconds(5)),
            ConnectionAcquisitionTimeout = section.GetValue("ConnectionAcquisitionTimeout", TimeSpan.FromSeconds(10)),
            MaxTransactionRetryTime = section.GetValue("MaxTransactionRetryTime", TimeSpan.FromSeconds(2)),
            RetryInitialDelay = section.GetValue("RetryInitialDelay", TimeSpan.FromMilliseconds(200)),
        };
        return new Neo4jSettings(store, driver);
    }
}
