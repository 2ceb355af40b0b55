using System.Globalization;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Health, the import run and the import stamp, all from the partition's <c>:ImportRun</c> node, which an import
/// writes last: its counts answer health checks without counting the graph, and its stamp tells replicas that a new
/// import has finished.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) =>
        (await GetHealthAsync(cancellationToken).ConfigureAwait(false)).Ready;

    public async Task<StoreHealth> GetHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await ReadRunSummaryAsync(cancellationToken).ConfigureAwait(false) is { } run
                ? new StoreHealth(true, run.Id, run.StartedAt, run.Entities, run.Sources, run.Claims, run.Mentions, run.Conflicts)
                : new StoreHealth(false, null, null, 0, 0, 0, 0, 0, $"the Neo4j partition '{options.Partition}' holds no imported graph");
        }
        catch (StoreUnavailableException e)
        {
            return new StoreHealth(false, null, null, 0, 0, 0, 0, 0, e.Message);
        }
    }

    public async Task<ImportRun?> GetImportRunAsync(string runId, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var found = await ReadAsync(q.Imports.RunById, Parameters(scope, "id", runId), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : RowReader.ImportRun(found[0]["run"]);
    }

    /// <summary>
    /// The stamp of the partition's last finished import (one query on one node), or null before the first. It changes
    /// with every import that wrote something; a replica polls it to know when to refresh its caches.
    /// </summary>
    public async Task<string?> GetImportStampAsync(CancellationToken cancellationToken = default) =>
        (await ReadRunSummaryAsync(cancellationToken).ConfigureAwait(false))?.Stamp;

    private async Task<RunSummary?> ReadRunSummaryAsync(CancellationToken cancellationToken)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var found = await ReadAsync(q.Imports.Run, Parameters(), cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return null;
        }

        var run = RowReader.Map(found[0]["run"], "import run");
        int Count(string key) => checked((int)RowReader.Long(run, key));
        return new RunSummary(
            RowReader.String(run, "id") ?? string.Empty,
            DateTimeOffset.Parse(RowReader.String(run, "startedAt") ?? "1970-01-01T00:00:00+00:00", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            RowReader.String(run, "stamp") ?? string.Empty,
            RowReader.String(run, "digest"),
            RowReader.String(run, "candidatesDigest"),
            RowReader.String(run, "importedBy"),
            Count("entities"),
            Count("sources"),
            Count("claims"),
            Count("mentions"),
            Count("conflicts"));
    }

    /// <summary>What the partition's <c>:ImportRun</c> says about the graph it holds.</summary>
    private sealed record RunSummary(string Id, DateTimeOffset StartedAt, string Stamp, string? Digest, string? CandidatesDigest, string? ImportedBy, int Entities, int Sources, int Claims, int Mentions, int Conflicts);
}
