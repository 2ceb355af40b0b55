using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Candidates on Neo4j (<see cref="CandidateCypherQueries"/>): written with the import's links, read whole or by source,
/// and ordered and paged by the same code as the embedded store's. Extracted claims need nothing of their own: they are
/// claims, and their extraction travels in the claim's record.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    public async Task<Page<Candidate>> ListCandidatesAsync(CandidateFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        page.Validate();
        var candidates = filter.SourceId is null
            ? await ReadCandidatesAsync(cancellationToken).ConfigureAwait(false)
            : await ReadJsonAsync<Candidate>(CandidateCypherQueries.OfSource, Parameters("sourceId", filter.SourceId), cancellationToken).ConfigureAwait(false);
        return await Partial(candidates: candidates).ListCandidatesAsync(filter, page, cancellationToken).ConfigureAwait(false);
    }

    private Task<List<Candidate>> ReadCandidatesAsync(CancellationToken cancellationToken) =>
        ReadJsonAsync<Candidate>(CandidateCypherQueries.All, Parameters(), cancellationToken);

    private IEnumerable<CypherStatement> CandidateStatements(IReadOnlyList<Candidate> candidates, string stamp)
    {
        foreach (var chunk in candidates.Chunk(options.WriteBatchSize))
        {
            var rows = chunk.Select(c => (object?)new Dictionary<string, object?>
            {
                ["key"] = Key(c.Id),
                ["json"] = GraphPayload.Write(c),
                ["props"] = new Dictionary<string, object?>
                {
                    ["id"] = c.Id,
                    ["candidateKind"] = c.Kind.ToString(),
                    ["sourceIds"] = c.Occurrences.Select(o => o.SourceId).Distinct(StringComparer.Ordinal).ToList(),
                },
            }).ToList();
            yield return Statement(CandidateCypherQueries.Upsert, stamp, rows);

            var links = chunk.SelectMany(c => c.Occurrences.Select(o => o.SourceId).Distinct(StringComparer.Ordinal)
                .Select(source => (object?)new Dictionary<string, object?> { ["candidate"] = Key(c.Id), ["source"] = Key(source) })).ToList();
            yield return Statement(CandidateCypherQueries.LinkOccurrences, stamp, links);
        }
    }
}
