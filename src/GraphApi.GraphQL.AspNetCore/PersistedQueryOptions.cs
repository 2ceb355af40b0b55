namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Persisted operations: Apollo's automatic persisted queries (APQ) and a trusted-documents file. A client sends
/// <c>extensions.persistedQuery = {version: 1, sha256Hash}</c> in place of the query text once the server knows it.
/// </summary>
public sealed class PersistedQueryOptions
{
    /// <summary>Accept APQ registrations (a query sent with its hash is remembered). Ignored when <see cref="TrustedDocumentsOnly"/> is on.</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many registered queries are kept; past it, an arbitrary older one is forgotten (the client re-sends it).</summary>
    public int MaxEntries { get; set; } = 1000;

    /// <summary>
    /// A JSON file mapping SHA-256 hex hashes to documents (<c>{"&lt;sha256&gt;": "query …"}</c>, as Relay and GraphQL
    /// Code Generator emit). Loaded at start-up; a hash that does not match its document stops the start.
    /// </summary>
    public string? TrustedDocumentsFile { get; set; }

    /// <summary>Refuse every document that is not in <see cref="TrustedDocumentsFile"/> (ad-hoc queries get 400).</summary>
    public bool TrustedDocumentsOnly { get; set; }
}
