namespace GraphApi.Server.Hosting;

/// <summary>How a server on Neo4j follows imports made by other processes (the <c>Neo4j</c> configuration section).</summary>
public sealed class Neo4jHostingOptions
{
    /// <summary>
    /// How often the server reads the partition's import stamp; when it changed (another replica or the importer CLI
    /// imported), the in-memory search index is rebuilt and swapped in while requests keep being served.
    /// </summary>
    public TimeSpan StampPollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
