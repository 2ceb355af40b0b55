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

    /// <summary>Rows per UNWIND batch when writing.</summary>
    public int WriteBatchSize { get; init; } = 1000;

    /// <summary>
    /// Options from <c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c> or <c>NEO4J_PASSWORD_FILE</c>, and
    /// <c>NEO4J_PARTITION</c> when several graphs share one database.
    /// </summary>
    public static Neo4jStoreOptions FromEnvironment(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var uri = environment("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            throw new InvalidOperationException("NEO4J_URI is not set; it names the Neo4j server, e.g. bolt://127.0.0.1:7687.");
        }

        return new Neo4jStoreOptions
        {
            Uri = new Uri(uri),
            Username = environment("NEO4J_USERNAME") is { Length: > 0 } user ? user : "neo4j",
            Password = environment("NEO4J_PASSWORD"),
            PasswordFile = environment("NEO4J_PASSWORD_FILE"),
            Partition = environment("NEO4J_PARTITION") is { Length: > 0 } partition ? partition : "graphapi",
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
