using GraphApi.Bolt;
using GraphApi.Knowledge.Model;
using Model = GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The knowledge store on Neo4j, the system of record. It answers exactly as <see cref="Stores.Embedded.EmbeddedKnowledgeStore"/>
/// does: each operation fetches, with one parameterised query per piece, the records it needs (stored whole as JSON)
/// and runs the same ordering, paging and ranking code over them. Writes are idempotent MERGEs on stable ids, atomic per
/// source, and end with a reconcile step that removes what the corpus no longer holds.
/// </summary>
public sealed partial class Neo4jKnowledgeStore : IKnowledgeStore, IAsyncDisposable
{
    private readonly ICypherRunner runner;
    private readonly Neo4jStoreOptions options;

    internal Neo4jKnowledgeStore(ICypherRunner runner, Neo4jStoreOptions options)
    {
        this.runner = runner;
        this.options = options;
    }

    /// <summary>The runner, for tests that wrap it (fault injection).</summary>
    internal ICypherRunner Runner => runner;

    /// <summary>Bolt request batches sent and awaited so far, to count round trips per API request.</summary>
    public long RoundTrips => runner.RoundTrips;

    /// <summary>Creates a store over a new driver. Nothing is sent until the first call; <see cref="GetHealthAsync"/> tells whether the server answers.</summary>
    public static Neo4jKnowledgeStore Connect(Neo4jStoreOptions options, DriverOptions? driverOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var password = options.ResolvePassword();
        var auth = password is null ? AuthTokens.None : AuthTokens.Basic(options.Username, password);
        return new Neo4jKnowledgeStore(new BoltCypherRunner(BoltDriver.Create(options.Uri, auth, driverOptions)), options);
    }

    public ValueTask DisposeAsync() => runner.DisposeAsync();

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) =>
        (await GetHealthAsync(cancellationToken).ConfigureAwait(false)).Ready;

    public async Task<StoreHealth> GetHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var counts = (await ReadAsync(CypherQueries.Health, Parameters(), cancellationToken).ConfigureAwait(false))
                .ToDictionary(r => (string)r["kind"]!, r => Convert.ToInt32(r["count"], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
            var run = (await ReadAllAsync<StoredRun>("ImportRun", ReadScope.Everything, cancellationToken).ConfigureAwait(false)).FirstOrDefault()?.Run;
            int Count(string kind) => counts.GetValueOrDefault(kind);
            return new StoreHealth(
                run is not null, run?.Id, run?.StartedAt, Count("Entity"), Count("Source"), Count("Claim"), Count("Mention"), Count("Conflict"),
                run is null ? "the Neo4j database holds no imported graph" : null);
        }
        catch (StoreUnavailableException e)
        {
            return new StoreHealth(false, null, null, 0, 0, 0, 0, 0, e.Message);
        }
    }

    private Dictionary<string, object?> Parameters() => new(StringComparer.Ordinal) { ["partition"] = options.Partition };

    private Dictionary<string, object?> Parameters(string name, object? value)
    {
        var parameters = Parameters();
        parameters[name] = value;
        return parameters;
    }

    /// <summary>The parameters of a read: the partition and the caller's horizon, which every read query compares with <c>visibleFrom</c>.</summary>
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

    private string Key(string id) => options.Partition + "|" + id;

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

    private async Task WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        try
        {
            await runner.WriteAsync(statements, cancellationToken).ConfigureAwait(false);
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

    private async Task<List<T>> ReadJsonAsync<T>(string query, Dictionary<string, object?> parameters, ReadScope scope, CancellationToken cancellationToken) =>
        [.. (await ReadAsync(query, parameters, cancellationToken).ConfigureAwait(false)).Select(r => Readable<T>(r, scope))];

    private Task<List<T>> ReadAllAsync<T>(string label, ReadScope scope, CancellationToken cancellationToken) =>
        ReadJsonAsync<T>(CypherQueries.AllOfLabel[label], Parameters(scope), scope, cancellationToken);

    /// <summary>
    /// A record the query found readable, without its hidden parts: the quotes of a claim and the supporting claims of a
    /// relationship whose instants (<c>parts</c>, in record order) lie past the scope's horizon.
    /// </summary>
    private static T Readable<T>(IReadOnlyDictionary<string, object?> row, ReadScope scope)
    {
        var record = GraphPayload.Read<T>(row["json"]);
        if (scope.IncludesInternal || !row.TryGetValue("parts", out var value) || value is not IReadOnlyList<object?> parts)
        {
            return record;
        }

        bool Readable(int index) => index >= 0 && index < parts.Count && scope.CanRead(Convert.ToInt64(parts[index], System.Globalization.CultureInfo.InvariantCulture));
        return record switch
        {
            Claim claim => (T)(object)GraphVisibility.WithoutHiddenQuotes(claim, e => Readable(IndexOf(claim.Evidence, e))),
            Model.Relationship relationship => (T)(object)GraphVisibility.WithoutHiddenClaims(relationship, id => Readable(IndexOf(relationship.ClaimIds, id))),
            _ => record,
        };
    }

    private static int IndexOf<TItem>(IReadOnlyList<TItem> items, TItem item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (Equals(items[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    private async Task<List<string>> ReadIdsAsync(string query, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        [.. (await ReadAsync(query, parameters, cancellationToken).ConfigureAwait(false)).Select(r => (string)r["id"]!)];
}
