using GraphApi.Bolt;
using GraphApi.Knowledge.Neo4j;

namespace GraphApi.Server.Hosting;

/// <summary>
/// The store and driver settings the API runs Neo4j with, from <see cref="Neo4jOptions"/>. An API request fails fast when
/// Neo4j is down (short connect timeout and retry budget), instead of holding the caller for the official drivers'
/// 30-second default; the pool then recovers on its own when the server is back.
/// </summary>
internal sealed record Neo4jSettings(Neo4jStoreOptions Store, DriverOptions Driver)
{
    public static Neo4jSettings From(Neo4jOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Uri) || !Uri.TryCreate(options.Uri, UriKind.Absolute, out var parsed))
        {
            throw new InvalidOperationException(
                $"GRAPHAPI_STORE=neo4j needs NEO4J_URI (Neo4j:Uri), e.g. bolt://127.0.0.1:7687; it is {(string.IsNullOrWhiteSpace(options.Uri) ? "not set" : $"'{options.Uri}', not a URI")}.");
        }

        var store = new Neo4jStoreOptions
        {
            Uri = parsed,
            Username = string.IsNullOrEmpty(options.Username) ? "neo4j" : options.Username,
            Password = options.Password,
            PasswordFile = options.PasswordFile,
            Partition = string.IsNullOrEmpty(options.Partition) ? "graphapi" : options.Partition,
            ImportLockLease = options.ImportLockLease > TimeSpan.Zero
                ? options.ImportLockLease
                : throw new InvalidOperationException($"Neo4j:ImportLockLease (NEO4J_IMPORT_LOCK_LEASE) must be positive; it is {options.ImportLockLease}."),
        };
        var driver = new DriverOptions
        {
            MaxConnectionPoolSize = options.MaxConnectionPoolSize,
            ConnectionTimeout = options.ConnectionTimeout,
            ConnectionAcquisitionTimeout = options.ConnectionAcquisitionTimeout,
            MaxTransactionRetryTime = options.MaxTransactionRetryTime,
            RetryInitialDelay = options.RetryInitialDelay,
        };
        return new Neo4jSettings(store, driver);
    }
}
