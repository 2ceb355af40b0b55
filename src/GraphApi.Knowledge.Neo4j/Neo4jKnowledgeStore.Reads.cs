using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>Nodes by id and the filtered, ordered, paged lists: one query each, answered by the database.</summary>
public sealed partial class Neo4jKnowledgeStore
{
    public async Task<IReadOnlyList<IGraphNode?>> GetNodesAsync(IReadOnlyList<string> ids, ReadScope scope, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var found = await ReadAsync(q.Reads.Nodes, Parameters(scope, "keys", Keys(ids)), cancellationToken).ConfigureAwait(false);
        var byKey = new Dictionary<string, IGraphNode>(StringComparer.Ordinal);
        foreach (var row in found)
        {
            IGraphNode? node =
                row["entity"] is { } entity ? RowReader.Entity(entity)
                : row["claim"] is { } claim ? RowReader.Claim(claim)
                : row["source"] is { } source ? RowReader.Source(source)
                : row["candidate"] is { } candidate ? RowReader.Candidate(candidate)
                : null;
            if (node is not null)
            {
                byKey[(string)row["key"]!] = node;
            }
        }

        return [.. ids.Select(id => byKey.GetValueOrDefault(Key(id)))];
    }

    public async Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var parameters = Parameters(scope);
        parameters["kind"] = filter.Kind is { } kind ? GraphModel.KindLabel(kind) : null;
        parameters["needle"] = string.IsNullOrWhiteSpace(filter.NameContains) ? null : ArabicNormalizer.Fold(filter.NameContains.Trim());
        parameters["hasConflicts"] = filter.HasConflicts;
        parameters["sourceKey"] = filter.SourceId is null ? null : Key(filter.SourceId);
        parameters["order"] = order.ToString();
        var query = (filter.SourceId is null, filter.HasConflicts is null) switch
        {
            (true, true) => q.Reads.Entities,
            (true, false) => q.Reads.EntitiesByConflicts,
            (false, true) => q.Reads.EntitiesInSource,
            (false, false) => q.Reads.EntitiesInSourceByConflicts,
        };
        return await PageAsync(query, parameters, page, RowReader.Entity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var parameters = Parameters(scope);
        parameters["kind"] = filter.Kind?.ToString();
        parameters["metric"] = filter.Metric;
        parameters["kindKey"] = filter.Kind is { } kind ? Key(kind.ToString()) : null;
        parameters["metricKey"] = filter.Metric is null ? null : Key(filter.Metric);
        parameters["attributionKind"] = filter.AttributionKind?.ToString();
        parameters["modality"] = filter.Modality?.ToString();
        parameters["reviewed"] = filter.Reviewed;
        parameters["sourceKey"] = filter.SourceId is null ? null : Key(filter.SourceId);
        parameters["speakerKey"] = filter.SpeakerId is null ? null : Key(filter.SpeakerId);
        parameters["hasConflicts"] = filter.HasConflicts;
        parameters["dateFrom"] = filter.DateFrom;
        parameters["dateTo"] = filter.DateTo;
        parameters["undated"] = SortKeys.Undated;
        parameters["order"] = order.ToString();

        // Start where the list is smallest: at the entity, the speaker, the source, the metric, the kind, the review state, the
        // attribution kind or the modality, else the partition; and leave the pattern filters and the claim's source out of the
        // text when the list needs neither (Neo4j 3.1 would run the filters for every claim). A list that starts at the source or
        // the speaker it filters by needs no pattern for that filter.
        var patternFilters = filter.HasConflicts is not null
            || (filter.SourceId is not null && (filter.EntityId is not null || filter.SpeakerId is not null))
            || (filter.SpeakerId is not null && filter.EntityId is not null);
        var dated = order != ClaimOrder.Id || filter.DateFrom is not null || filter.DateTo is not null;
        CypherQueries.ClaimListQueries queries;
        if (filter.EntityId is not null || filter.SpeakerId is not null)
        {
            var role = filter.EntityId is not null ? filter.Role : ClaimRole.Speaker;
            parameters["entityKey"] = Key(filter.EntityId ?? filter.SpeakerId!);
            parameters["roleTypes"] = CypherQueries.RoleTypes(role);
            queries = q.Reads.ClaimsOfEntity;
        }
        else if (filter.SourceId is not null)
        {
            queries = q.Reads.ClaimsOfSource;
        }
        else
        {
            // The metric or kind a list starts from (its key: partition and value) is not filtered again: every claim the
            // key's index returns has it, and Neo4j 3.1 would read it once more for each (718 of the 2,894 db hits of the
            // quantity-claims list's ids at 10k).
            queries = filter.Metric is not null ? q.Reads.ClaimsOfMetric
                : filter.Kind is not null ? q.Reads.ClaimsOfKind
                : filter.Reviewed is not null ? q.Reads.ClaimsOfReview
                : filter.AttributionKind is not null ? q.Reads.ClaimsOfAttribution
                : filter.Modality is not null ? q.Reads.ClaimsOfModality
                : q.Reads.Claims;
            if (queries == q.Reads.ClaimsOfMetric)
            {
                parameters["metric"] = null;
            }
            else if (queries == q.Reads.ClaimsOfKind)
            {
                parameters["kind"] = null;
            }
        }

        return await PageAsync(queries.For(patternFilters, dated), parameters, page, RowReader.Claim, cancellationToken, RowReader.Source).ConfigureAwait(false);
    }

    public async Task<Page<Source>> ListSourcesAsync(SourceFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var parameters = Parameters(scope);
        parameters["language"] = filter.Language;
        parameters["outletKey"] = filter.OutletId is null ? null : Key(filter.OutletId);
        parameters["entityKey"] = filter.MentionsEntityId is null ? null : Key(filter.MentionsEntityId);
        var query = filter.OutletId is not null ? q.Reads.SourcesOfOutlet
            : filter.MentionsEntityId is not null ? q.Reads.SourcesMentioning
            : q.Reads.Sources;
        return await PageAsync(query, parameters, page, RowReader.Source, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The whole partition as a graph (exports and the canonical dump): a few queries that each read one kind of
    /// record. This is the one read that returns everything, because everything is what it is asked for.
    /// </summary>
    public async Task<KnowledgeGraph> ExportGraphAsync(CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        async Task<List<T>> All<T>(string query, string column, Func<object?, T> read, Func<T, string> id) =>
            [.. (await ReadAsync(query, Parameters(ReadScope.Everything), cancellationToken).ConfigureAwait(false)).Select(r => read(r[column])).OrderBy(id, StringComparer.Ordinal)];

        var run = await ReadAsync(q.Imports.RunForExport, Parameters(), cancellationToken).ConfigureAwait(false);
        return new KnowledgeGraph
        {
            Entities = await All(q.Reads.ExportEntities, "entity", RowReader.Entity, e => e.Id).ConfigureAwait(false),
            Sources = await All(q.Reads.ExportSources, "source", RowReader.Source, s => s.Id).ConfigureAwait(false),
            Claims = await All(q.Reads.ExportClaims, "claim", RowReader.Claim, c => c.Id).ConfigureAwait(false),
            Mentions = await All(q.Reads.ExportMentions, "mention", RowReader.Mention, m => m.Id).ConfigureAwait(false),
            Relationships = await All(q.Reads.ExportRelationships, "relationship", RowReader.Relationship, r => r.Id).ConfigureAwait(false),
            Conflicts = await All(q.Reads.ExportConflicts, "link", RowReader.Conflict, c => c.Id).ConfigureAwait(false),
            Corroborations = await All(q.Reads.ExportCorroborations, "link", RowReader.Corroboration, c => c.Id).ConfigureAwait(false),
            Candidates = await All(q.Reads.ExportCandidates, "candidate", RowReader.Candidate, c => c.Id).ConfigureAwait(false),
            Run = run.Count == 0 ? KnowledgeGraph.Empty.Run : RowReader.ImportRun(run[0]["run"]),
            Warnings = run.Count == 0 ? [] : RowReader.Strings(RowReader.Map(run[0]["run"], "import run"), "warnings"),
        };
    }

    /// <summary>Runs a list query (ending with the paging tail of <see cref="CypherQueries"/>) and builds its page.</summary>
    private async Task<Page<T>> PageAsync<T>(
        string query, Dictionary<string, object?> parameters, PageRequest page, Func<object?, T> read, CancellationToken cancellationToken, Func<object?, IGraphNode>? readRelated = null)
    {
        CypherPaging.AddParameters(parameters, page);
        var found = await ReadAsync(query, parameters, cancellationToken).ConfigureAwait(false);
        return CypherPaging.ToPage(found, page, read, readRelated);
    }

    /// <summary>Runs a batched list query (one list per owner id) and builds a page per id.</summary>
    private async Task<IReadOnlyDictionary<string, Page<T>>> PagesAsync<T>(
        string query, IReadOnlyList<string> ids, Dictionary<string, object?> parameters, PageRequest page, Func<object?, T> read, CancellationToken cancellationToken,
        Func<object?, IGraphNode>? readRelated = null)
    {
        CypherPaging.AddParameters(parameters, page);
        parameters["keys"] = Keys(ids);
        var found = await ReadAsync(query, parameters, cancellationToken).ConfigureAwait(false);
        return CypherPaging.ToPages(found, ids.Select(id => (id, Key(id))), page, read, readRelated);
    }
}
