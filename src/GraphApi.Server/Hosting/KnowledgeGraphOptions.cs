namespace GraphApi.Server.Hosting;

/// <summary>
/// The server's settings, bound from the <c>GraphApi</c> configuration section (appsettings.json) and from the
/// documented environment variables (<c>GRAPHAPI_STORE</c>, <c>GRAPHAPI_SEEDS</c>, <c>GRAPHAPI_IMPORT_ON_START</c>, …),
/// which win over the file.
/// </summary>
public sealed class KnowledgeGraphOptions
{
    public const string SectionName = "GraphApi";

    /// <summary><c>embedded</c> (default) or <c>neo4j</c>.</summary>
    public string Store { get; set; } = "embedded";

    /// <summary>The corpus folder; null finds <c>seeds/</c> above the working directory or the binary.</summary>
    public string? Seeds { get; set; }

    /// <summary>Import the corpus when the server starts.</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>
    /// Extract unreviewed claims and candidates from articles without a claims file (docs/extraction.md). Off, such
    /// articles gain mentions only: for corpora where extraction's comparison of figures outgrows the machine
    /// (docs/performance.md, 100k generated articles).
    /// </summary>
    public bool Extraction { get; set; } = true;

    /// <summary>Re-import when a file of the corpus changes.</summary>
    public bool WatchCorpus { get; set; } = true;

    /// <summary>How long the corpus must stay unchanged before a re-import starts, so one save is one import.</summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(750);

    /// <summary>The longest wait between attempts when the store is unavailable for the import at start.</summary>
    public TimeSpan ImportRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long <c>/health/ready</c> waits for the store; a store that does not answer in time is not ready (503).</summary>
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The key that <c>POST /admin/reimport</c> requires in its <c>X-Admin-Key</c> header; no key disables the endpoint.</summary>
    public string? AdminKey { get; set; }

    public bool IsNeo4j => string.Equals(Store, "neo4j", StringComparison.OrdinalIgnoreCase);

    public bool IsEmbedded => string.Equals(Store, "embedded", StringComparison.OrdinalIgnoreCase);
}
