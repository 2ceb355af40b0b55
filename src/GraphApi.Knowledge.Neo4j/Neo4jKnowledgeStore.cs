using GraphApi.Bolt;
using GraphApi.Knowledge.Stores;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The knowledge store on Neo4j, the system of record, in the property-graph model of docs/graph-model.md: people,
/// institutions, events, places and programmes, sources and claims as nodes with real properties, joined by mentions,
/// roles, evidence, conflicts and typed links. Every read is one parameterised Cypher query that follows those
/// relationships, filters, sorts and pages in the database and returns the page; only search (names, texts and
/// passages) runs in this process, over indexes built from Neo4j and rebuilt when the import stamp changes. Imports take the partition's
/// import lock, write only the sources whose content changed, whole sources per transaction, and finish by stamping
/// the partition's <c>:ImportRun</c>.
/// </summary>
public sealed partial class Neo4jKnowledgeStore : IKnowledgeStore, IAsyncDisposable
{
    private readonly ICypherRunner runner;
    private readonly Neo4jStoreOptions options;
    private readonly ILogger logger;
    private readonly WriteRows rows;
    private CypherQueries? queries;

    internal Neo4jKnowledgeStore(ICypherRunner runner, Neo4jStoreOptions options, ILogger? logger = null)
    {
        this.runner = runner;
        this.options = options;
        this.logger = logger ?? NullLogger.Instance;
        rows = new WriteRows(options.Partition);
        Owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>The runner, for tests that wrap it (fault injection).</summary>
    internal ICypherRunner Runner => runner;

    /// <summary>Bolt request batches sent and awaited so far, to count round trips per API request.</summary>
    public long RoundTrips => runner.RoundTrips;

    /// <summary>Who this store is when it holds the import lock: host, process and instance.</summary>
    public string Owner { get; }

    /// <summary>The partition this store reads and writes.</summary>
    public string Partition => options.Partition;

    /// <summary>Creates a store over a new driver. Nothing is sent until the first call; <see cref="GetHealthAsync"/> tells whether the server answers.</summary>
    public static Neo4jKnowledgeStore Connect(Neo4jStoreOptions options, DriverOptions? driverOptions = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var password = options.ResolvePassword();
        var auth = password is null ? AuthTokens.None : AuthTokens.Basic(options.Username, password);
        return new Neo4jKnowledgeStore(new BoltCypherRunner(BoltDriver.Create(options.Uri, auth, driverOptions)), options, logger);
    }

    public ValueTask DisposeAsync()
    {
        indexGate.Dispose();
        return runner.DisposeAsync();
    }

    /// <summary>The queries of the server's dialect, read off its agent at the first call.</summary>
    private async ValueTask<CypherQueries> QueriesAsync(CancellationToken cancellationToken)
    {
        if (queries is { } known)
        {
            return known;
        }

        string agent;
        try
        {
            agent = await runner.GetServerAgentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Unavailable(e) is { } unavailable)
        {
            throw unavailable;
        }

        return queries = CypherQueries.For(CypherDialects.FromAgent(agent));
    }

    private Dictionary<string, object?> Parameters() => new(StringComparer.Ordinal) { ["partition"] = options.Partition };

    private Dictionary<string, object?> Parameters(string name, object? value)
    {
        var parameters = Parameters();
        parameters[name] = value;
        return parameters;
    }

    /// <summary>
    /// The parameters of a read: the partition and the caller's <c>$horizon</c> (<see cref="ReadScope.Horizon"/>), which
    /// every read query compares with each record's <c>visibleFrom</c>, so that a hidden record never leaves the database.
    /// A read query sent without it fails at the server: a forgotten scope cannot read everything.
    /// </summary>
    private Dictionary<string, object?> Parameters(ReadScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = Parameters();
        parameters["horizon"] = scope.Horizon;
        return parameters;
    }

    private Dictionary<string, object?> Parameters(ReadScope scope, string name, object? value)
    {
        var parameters = Parameters(scope);
        parameters[name] = value;
        return parameters;
    }

    private string Key(string id) => rows.Key(id);

    private List<string> Keys(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal).Select(Key)];

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.ReadAsync(query, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Unavailable(e) is { } unavailable)
        {
            throw unavailable;
        }
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.WriteAsync(statements, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Unavailable(e) is { } unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>
    /// Failures that mean "Neo4j cannot serve us now" (unreachable, connection lost, pool exhausted, credentials
    /// refused, transient errors past the retry budget) as a <see cref="StoreUnavailableException"/>; null for the rest,
    /// which are bugs and stay as they are.
    /// </summary>
    private static StoreUnavailableException? Unavailable(Exception e) => e switch
    {
        Neo4jException { IsSecurityError: true } => new("Neo4j refused the credentials: " + e.Message, e),
        Neo4jException { IsTransient: true } or ConnectionAcquisitionTimeoutException or ProtocolViolationException or IOException or TimeoutException =>
            new("Neo4j cannot be reached: " + e.Message, e),
        _ => null,
    };
}
