namespace GraphApi.Server.Hosting;

/// <summary>
/// Maps the documented environment variables onto configuration keys, so each setting has one name in
/// appsettings.json and one conventional name in the environment (the environment wins).
/// </summary>
public static class GraphApiEnvironmentVariables
{
    /// <summary>Environment variable → configuration key.</summary>
    public static IReadOnlyDictionary<string, string> Map { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GRAPHAPI_STORE"] = "GraphApi:Store",
        ["GRAPHAPI_SEEDS"] = "GraphApi:Seeds",
        ["GRAPHAPI_IMPORT_ON_START"] = "GraphApi:ImportOnStart",
        ["GRAPHAPI_WATCH_CORPUS"] = "GraphApi:WatchCorpus",
        ["GRAPHAPI_EXTRACTION"] = "GraphApi:Extraction",
        ["GRAPHAPI_ADMIN_KEY"] = "GraphApi:AdminKey",
        ["GRAPHAPI_INTROSPECTION"] = "GraphApi:GraphQL:EnableIntrospection",
        ["GRAPHAPI_IDE"] = "GraphApi:GraphQL:EnableIde",
        ["GRAPHAPI_EXPLORER"] = "GraphApi:Explorer:Enabled",
        ["GRAPHAPI_AUTH_AUTHORITY"] = "GraphApi:Auth:Authority",
        ["GRAPHAPI_AUTH_AUDIENCE"] = "GraphApi:Auth:Audience",
        ["GRAPHAPI_AUTH_SIGNING_KEY"] = "GraphApi:Auth:SigningKey",
        ["NEO4J_URI"] = "Neo4j:Uri",
        ["NEO4J_USERNAME"] = "Neo4j:Username",
        ["NEO4J_PASSWORD"] = "Neo4j:Password",
        ["NEO4J_PASSWORD_FILE"] = "Neo4j:PasswordFile",
        ["NEO4J_PARTITION"] = "Neo4j:Partition",
        ["NEO4J_IMPORT_LOCK_LEASE"] = "Neo4j:ImportLockLease",
        ["NEO4J_STAMP_POLL_INTERVAL"] = "Neo4j:StampPollInterval",
    };

    public static IConfigurationBuilder AddGraphApiEnvironmentVariables(this IConfigurationBuilder configuration)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in Map)
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        // Right after the host's own environment-variable source: these names win over appsettings.json like any
        // environment variable, and command-line arguments (and a test host's settings) still win over them.
        var source = new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = values };
        var sources = configuration.Sources;
        var last = -1;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationSource)
            {
                last = i;
            }
        }

        sources.Insert(last + 1 is var at && at > 0 ? at : sources.Count, source);
        return configuration;
    }
}
