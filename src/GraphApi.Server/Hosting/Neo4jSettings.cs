using GraphApi.Bolt;
using GraphApi.Knowledge.Neo4j;

namespace GraphApi.Server.Hosting;

/// <summary>
/// The <c>Neo4j</c> configuration section (<c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c> or
/// <c>NEO4J_PASSWORD_FILE</c>, <c>NEO4J_PARTITION</c>, <c>NEO4J_IMPORT_LOCK_LEASE</c>, and every store and driver
/// option by its property name) bound onto the store's and the driver's options. An API request fails fast when Neo4j
/// is down (short connect timeout and retry budget), instead of holding the caller for the official drivers' 30-second
/// default; the pool then recovers on its own when the server is back.
/// </summary>
internal sealed record Neo4jSettings(Neo4jStoreOptions Store, DriverOptions Driver)
{
    public const string SectionName = "Neo4j";

    public static Neo4jSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var uri = section["Uri"];
        if (string.IsNullOrWhiteSpace(uri) || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new InvalidOperationException(
                $"GRAPHAPI_STORE=neo4j needs NEO4J_URI (Neo4j:Uri), e.g. bolt://127.0.0.1:7687; it is {(string.IsNullOrWhiteSpace(uri) ? "not set" : $"'{uri}', not a URI")}.");
        }

        var store = new Neo4jStoreOptions { Uri = parsed };
        section.Bind(store);
        store = store with
        {
            Uri = parsed,
            Username = string.IsNullOrEmpty(store.Username) ? "neo4j" : store.Username,
            Partition = string.IsNullOrEmpty(store.Partition) ? "graphapi" : store.Partition,
        };
        if (store.ImportLockLease <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Neo4j:ImportLockLease (NEO4J_IMPORT_LOCK_LEASE) must be positive; it is {store.ImportLockLease}.");
        }

        // The API's defaults, then whatever the section sets.
        var driver = new DriverOptions
        {
            MaxConnectionPoolSize = 100,
            ConnectionTimeout = TimeSpan.FromSeconds(5),
            ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(10),
            MaxTransactionRetryTime = TimeSpan.FromSeconds(2),
            RetryInitialDelay = TimeSpan.FromMilliseconds(200),
        };
        section.Bind(driver);
        return new Neo4jSettings(store, driver);
    }
}
