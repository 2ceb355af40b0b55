using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Candidates (names extraction found, waiting for review) on Neo4j: <c>:Candidate</c> nodes with an <c>OCCURS_IN</c>
/// relationship to the source of each occurrence (docs/graph-model.md). They are listed, filtered and paged in Cypher
/// like the other lists, and rewritten by an import only when their digest changed. A candidate is readable when one
/// of its sources is, and shows only its occurrences in readable sources (the sources' <c>visibleFrom</c> against
/// <c>$horizon</c>, in Cypher), so a change of a source's visibility needs no rewrite of the candidates. Extracted claims need nothing of
/// their own: they are <c>:Claim</c> nodes whose <c>reviewed</c> is false, with their extraction as properties.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    public async Task<Page<Candidate>> ListCandidatesAsync(CandidateFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var parameters = Parameters(scope);
        parameters["kind"] = filter.Kind?.ToString();
        parameters["sourceKey"] = filter.SourceId is null ? null : Key(filter.SourceId);
        var query = filter.SourceId is null ? q.Reads.Candidates : q.Reads.CandidatesInSource;
        return await PageAsync(query, parameters, page, RowReader.Candidate, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The candidates in batches of about <see cref="Neo4jStoreOptions.WriteBatchSize"/> occurrences, each candidate
    /// whole in one transaction with its occurrences; then those the graph no longer holds go.
    /// </summary>
    private async Task WriteCandidatesAsync(CypherQueries q, IReadOnlyList<Candidate> candidates, ImportLease lease, CancellationToken cancellationToken)
    {
        var batch = new List<Candidate>();
        var size = 0;
        async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            await WriteAsync(
                [Rows(q.Writes.UpsertCandidates, batch.Select(rows.Candidate)), Rows(q.Writes.CreateOccurrences, batch.SelectMany(rows.CandidateOccurrences)), lease.Guard()],
                cancellationToken).ConfigureAwait(false);
            batch.Clear();
            size = 0;
        }

        foreach (var candidate in candidates)
        {
            batch.Add(candidate);
            size += 1 + candidate.Occurrences.Count;
            if (size >= options.WriteBatchSize)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        await FlushAsync().ConfigureAwait(false);
        await WriteAsync([new(q.Writes.DeleteStaleCandidates, Parameters("ids", candidates.Select(c => c.Id).ToList())), lease.Guard()], cancellationToken).ConfigureAwait(false);
    }
}
