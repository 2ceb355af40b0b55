namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Where the Neo4j store connects, and as whom. Credentials come from the environment (<c>NEO4J_URI</c>,
/// <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>) or from a secrets file (<c>NEO4J_PASSWORD_FILE</c>), never from the
/// repository.
/// </summary>
public sealed record Neo4jStoreOptions
{
    public required Uri Uri { get; init; }

    public string Username { get; init; } = "neo4j";

    public string? Password { get; init; }

    /// <summary>A file whose first line is the password (Docker and Kubernetes secrets).</summary>
    public string? PasswordFile { get; init; }

    /// <summary>
    /// Separates graphs that share one database: every node carries it and every query filters on it. Tests use one
    /// partition each; a deployment keeps the default.
    /// </summary>
    public string Partition { get; init; } = "graphapi";

    /// <summary>
    /// About how many rows (mentions, claims and their links) one write transaction of an import carries. Sources are
    /// never split: a transaction holds whole sources, so an interrupted import leaves each source old or new.
    /// </summary>
    public int WriteBatchSize { get; init; } = 5000;

    /// <summary>
    /// How long the import lock of the partition stays held without renewal. An importing process renews it every
    /// third of this (and in every write transaction); a process that dies holding it frees it when the lease ends.
    /// </summary>
    public TimeSpan ImportLockLease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Options from <c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c> or <c>NEO4J_PASSWORD_FILE</c>,
    /// <c>NEO4J_PARTITION</c> when several graphs share one database, and <c>NEO4J_IMPORT_LOCK_LEASE</c>
    /// (a time span such as <c>00:00:30</c>).
    /// </summary>
    public static Neo4jStoreOptions FromEnvironment(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var uri = environment("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            throw new InvalidOperationException("NEO4J_URI is not set; it names the Neo4j server, e.g. bolt://127.0.0.1:7687.");
        }

        var lease = environment("NEO4J_IMPORT_LOCK_LEASE");
        TimeSpan? parsedLease = null;
        if (!string.IsNullOrWhiteSpace(lease))
        {
            parsedLease = TimeSpan.TryParse(lease, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
                ? value
                : throw new InvalidOperationException($"NEO4J_IMPORT_LOCK_LEASE is '{lease}'; give a positive time span such as 00:00:30.");
        }

        return new Neo4jStoreOptions
        {
            Uri = new Uri(uri),
            Username = environment("NEO4J_USERNAME") is { Length: > 0 } user ? user : "neo4j",
            Password = environment("NEO4J_PASSWORD"),
            PasswordFile = environment("NEO4J_PASSWORD_FILE"),
            Partition = environment("NEO4J_PARTITION") is { Length: > 0 } partition ? partition : "graphapi",
            ImportLockLease = parsedLease ?? TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>The password, read from <see cref="PasswordFile"/> when no password is given.</summary>
    public string? ResolvePassword()
    {
        if (Password is not null || PasswordFile is null)
        {
            return Password;
        }

        if (!File.Exists(PasswordFile))
        {
            throw new InvalidOperationException($"NEO4J_PASSWORD_FILE names {PasswordFile}, which does not exist.");
        }

        return File.ReadLines(PasswordFile).FirstOrDefault()?.Trim();
    }
}
