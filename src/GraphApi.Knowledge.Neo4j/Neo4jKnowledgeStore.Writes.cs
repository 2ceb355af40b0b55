using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Writing a validated graph: the schema in its own transaction (Neo4j refuses schema and data changes together),
/// entities, then one transaction per source with its mentions and claims (a failure leaves no half-written source),
/// then relationships, conflicts and corroborations, and last the run and a reconcile step that deletes every node and
/// edge this write did not touch. Every node is MERGEd on its stable id, so a re-run after an interruption completes
/// the import and a repeated import changes nothing.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    public async Task ReplaceGraphAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var stamp = Guid.NewGuid().ToString("N");
        var visibility = new GraphVisibility(graph);

        await WriteBatchesAsync("Entity", graph.Entities, e => e.Id, e => new() { ["entityKind"] = e.Kind.ToString(), ["visibleFrom"] = visibility.EntityOf(e.Id) }, stamp, cancellationToken).ConfigureAwait(false);

        var mentionsBySource = graph.Mentions.ToLookup(m => m.SourceId, StringComparer.Ordinal);
        var claimsBySource = graph.Claims.ToLookup(c => c.SourceId, StringComparer.Ordinal);
        foreach (var source in graph.Sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var statements = new List<CypherStatement>();
            var sourceVisibleFrom = visibility.SourceOf(source.Id);
            statements.AddRange(Upserts("Source", [source], s => s.Id, s => new() { ["outletId"] = s.OutletId, ["language"] = s.Language, ["fileName"] = s.FileName, ["visibleFrom"] = sourceVisibleFrom }, stamp));
            statements.AddRange(Upserts("Mention", [.. mentionsBySource[source.Id]], m => m.Id, m => new() { ["entityId"] = m.EntityId, ["sourceId"] = m.SourceId, ["visibleFrom"] = sourceVisibleFrom }, stamp));
            statements.AddRange(Upserts("Claim", [.. claimsBySource[source.Id]], c => c.Id, c => ClaimProperties(c, visibility), stamp));
            foreach (var chunk in mentionsBySource[source.Id].Select(m => m.EntityId).Distinct(StringComparer.Ordinal).Chunk(options.WriteBatchSize))
            {
                var rows = chunk.Select(entity => (object?)new Dictionary<string, object?> { ["source"] = Key(source.Id), ["entity"] = Key(entity) }).ToList();
                statements.Add(Statement(CypherQueries.LinkMentions, stamp, rows));
            }

            var stale = Parameters("sourceId", source.Id);
            stale["stamp"] = stamp;
            statements.Add(new CypherStatement(CypherQueries.DeleteStaleMentionsOfSource, stale));
            statements.Add(new CypherStatement(CypherQueries.DeleteStaleClaimsOfSource, stale));
            await WriteAsync(statements, cancellationToken).ConfigureAwait(false);
        }

        var links = new List<CypherStatement>();
        links.AddRange(Upserts("Relationship", graph.Relationships, r => r.Id, r => new()
        {
            ["fromId"] = r.FromId,
            ["toId"] = r.ToId,
            ["visibleFrom"] = visibility.RelationshipOf(r.Id),
            ["parts"] = r.ClaimIds.Select(visibility.ClaimOf).ToList(),
        }, stamp));
        foreach (var chunk in graph.Relationships.Chunk(options.WriteBatchSize))
        {
            var rows = chunk.Select(r => (object?)new Dictionary<string, object?> { ["from"] = Key(r.FromId), ["to"] = Key(r.ToId), ["id"] = r.Id, ["type"] = r.Type }).ToList();
            links.Add(Statement(CypherQueries.LinkRelationships, stamp, rows));
        }

        links.AddRange(Upserts("Conflict", graph.Conflicts, c => c.Id, c => new() { ["claimA"] = c.ClaimA, ["claimB"] = c.ClaimB, ["visibleFrom"] = visibility.PairOf(c.ClaimA, c.ClaimB) }, stamp));
        links.AddRange(Upserts("Corroboration", graph.Corroborations, c => c.Id, c => new() { ["claimA"] = c.ClaimA, ["claimB"] = c.ClaimB, ["visibleFrom"] = visibility.PairOf(c.ClaimA, c.ClaimB) }, stamp));
        await WriteAsync(links, cancellationToken).ConfigureAwait(false);

        var finish = new List<CypherStatement>(Upserts("ImportRun", [new StoredRun(graph.Run, graph.Warnings)], r => "run", _ => new() { ["visibleFrom"] = GraphVisibility.Always }, stamp));
        var reconcile = Parameters("stamp", stamp);
        finish.Add(new CypherStatement(CypherQueries.DeleteStaleEdges, reconcile));
        finish.Add(new CypherStatement(CypherQueries.DeleteStaleNodes, reconcile));
        await WriteAsync(finish, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        var agent = await runner.GetServerAgentAsync(cancellationToken).ConfigureAwait(false);
        foreach (var statement in CypherQueries.SchemaFor(agent))
        {
            await WriteAsync([new CypherStatement(statement, new Dictionary<string, object?>())], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteBatchesAsync<T>(string label, IReadOnlyList<T> items, Func<T, string> id, Func<T, Dictionary<string, object?>> properties, string stamp, CancellationToken cancellationToken)
    {
        foreach (var statement in Upserts(label, items, id, properties, stamp))
        {
            await WriteAsync([statement], cancellationToken).ConfigureAwait(false);
        }
    }

    private IEnumerable<CypherStatement> Upserts<T>(string label, IReadOnlyList<T> items, Func<T, string> id, Func<T, Dictionary<string, object?>> properties, string stamp)
    {
        foreach (var chunk in items.Chunk(options.WriteBatchSize))
        {
            var rows = chunk.Select(item =>
            {
                var props = properties(item);
                props["id"] = id(item);
                return (object?)new Dictionary<string, object?>
                {
                    ["key"] = Key(id(item)),
                    ["json"] = GraphPayload.Write(item),
                    ["props"] = props,
                };
            }).ToList();
            yield return Statement(CypherQueries.Upsert[label], stamp, rows);
        }
    }

    private CypherStatement Statement(string query, string stamp, List<object?> rows)
    {
        var parameters = Parameters("rows", rows);
        parameters["stamp"] = stamp;
        return new CypherStatement(query, parameters);
    }

    private static Dictionary<string, object?> ClaimProperties(Claim claim, GraphVisibility visibility)
    {
        var props = new Dictionary<string, object?>
        {
            ["visibleFrom"] = visibility.ClaimOf(claim.Id),
            ["parts"] = claim.Evidence.Select(e => visibility.SourceOf(e.SourceId)).ToList(),
            ["sourceId"] = claim.SourceId,
            ["subjectId"] = claim.SubjectId,
            ["objectId"] = claim.ObjectId,
            ["speakerId"] = claim.SpeakerId,
        };
        if (claim.About.Count > 0)
        {
            props["about"] = claim.About.ToList();
        }

        return props;
    }
}
