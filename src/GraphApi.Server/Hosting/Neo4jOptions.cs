namespace GraphApi.Server.Hosting;

/// <summary>
/// The <c>Neo4j</c> configuration section (<c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c> or
/// <c>NEO4J_PASSWORD_FILE</c>, <c>NEO4J_PARTITION</c>, <c>NEO4J_IMPORT_LOCK_LEASE</c>, <c>NEO4J_STAMP_POLL_INTERVAL</c>, and the driver settings), bound once and read by
/// <see cref="Neo4jSettings"/> when <c>GRAPHAPI_STORE=neo4j</c>.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary><c>bolt://host:7687</c> (or <c>bolt+s</c>, <c>bolt+ssc</c>, <c>neo4j</c>); required for the Neo4j store.</summary>
    public string? Uri { get; set; }

    public string Username { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>A secrets file holding the password, instead of <see cref="Password"/>.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>Separates graphs that share one database.</summary>
    public string Partition { get; set; } = "graphapi";

    /// <summary>
    /// How long the partition's import lock stays held without renewal; an importing process renews it every third of
    /// this, and a process that dies holding it frees it when the lease ends.
    /// </summary>
    public TimeSpan ImportLockLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the server reads the partition's import stamp; when it changed (another replica or the importer CLI
    /// imported), the in-memory search index is rebuilt and swapped in while requests keep being served.
    /// </summary>
    public TimeSpan StampPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Bolt connections per server process.</summary>
    public int MaxConnectionPoolSize { get; set; } = 100;

    /// <summary>To open a connection: short, so a request fails fast while Neo4j is down.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>To wait for a pooled connection when all are busy.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The retry budget for transient errors; then the request fails with <c>STORE_UNAVAILABLE</c>.</summary>
    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The first wait between retries, doubled each time.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
