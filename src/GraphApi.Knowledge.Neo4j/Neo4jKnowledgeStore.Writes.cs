using System.Diagnostics;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Imports. Under the partition's import lock: the schema, then nothing at all if the partition already holds this
/// graph (the graph digest on its <c>:ImportRun</c> matches, e.g. another replica imported the same corpus a moment
/// ago), else the old document layout removed if present, the entities, every source whose digest changed written
/// whole with its mentions and claims (several sources per transaction, never part of one), removed sources deleted,
/// the typed links replaced in one transaction, the conflicts and corroborations that changed (in batches, each pair
/// whole), the candidates when they changed, and last the run with a new stamp. Rows are built batch by batch as they
/// are written, never for the whole graph at once.
/// Readers meanwhile see each source old or new; the stamp flips when everything is written.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    private const int EntitiesPerTransaction = 2000;

    private volatile bool schemaEnsured;

    /// <summary>How long a schema statement is tried again while it deadlocks with another store's (<see cref="WriteSchemaAsync"/>).</summary>
    private static readonly TimeSpan SchemaDeadlockBudget = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Imports the graph, then brings this process's search indexes up to date: rebuilt from the new import before this
    /// returns when they had been built (a server: the old ones serve meanwhile), else left for the stamp poller or the
    /// first search (the importer CLI never searches, so it never builds them). A failed import forgets them.
    /// </summary>
    public async Task ReplaceGraphAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        GraphConsistency.Check(graph);
        bool wrote;
        try
        {
            wrote = await WriteGraphAsync(graph, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            InvalidateSearchIndexes();
            throw;
        }

        if (wrote)
        {
            await RefreshSearchIndexesAfterImportAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the graph under the import lock; false when the partition already held it.</summary>
    private async Task<bool> WriteGraphAsync(KnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        await EnsureSchemaAsync(q, cancellationToken).ConfigureAwait(false);

        var clock = Stopwatch.StartNew();
        await using var lease = await ImportLease.AcquireAsync(
            WriteAsync, q.Imports, options.Partition, Owner, options.ImportLockLease,
            (holder, left) => LogWaitingForLock(logger, options.Partition, holder, left.TotalSeconds),
            cancellationToken).ConfigureAwait(false);
        using var importing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        try
        {
            var mentionsBySource = graph.Mentions.ToLookup(m => m.SourceId, StringComparer.Ordinal);
            var claimsBySource = graph.Claims.ToLookup(c => c.SourceId, StringComparer.Ordinal);
            var visibility = new GraphVisibility(graph);
            var importRows = rows.For(visibility);

            var digests = graph.Sources.AsParallel()
                .Select(s => (s.Id, Digest: GraphDigest.OfSource(s, mentionsBySource[s.Id], claimsBySource[s.Id], visibility)))
                .ToDictionary(p => p.Id, p => p.Digest, StringComparer.Ordinal);
            var digest = GraphDigest.OfGraph(graph, digests);
            var current = await ReadRunSummaryAsync(importing.Token).ConfigureAwait(false);
            if (current is not null && current.Digest == digest)
            {
                LogAlreadyCurrent(logger, options.Partition, current.ImportedBy ?? "an earlier import");
                return false;
            }

            await RemoveLegacyLayoutAsync(q, lease, importing.Token).ConfigureAwait(false);
            var plan = new ImportPlan(graph, digests, mentionsBySource, claimsBySource, importRows);
            await WriteEntitiesAsync(q, plan, lease, importing.Token).ConfigureAwait(false);
            var (written, removed) = await WriteSourcesAsync(q, plan, lease, importing.Token).ConfigureAwait(false);
            await WriteMentionOrderAsync(q, plan, lease, importing.Token).ConfigureAwait(false);
            await WriteLinksAsync(q, plan, lease, importing.Token).ConfigureAwait(false);
            await WriteClaimPairsAsync(q, plan, lease, importing.Token).ConfigureAwait(false);
            var candidatesDigest = GraphDigest.OfCandidates(graph.Candidates);
            if (current?.CandidatesDigest != candidatesDigest)
            {
                await WriteCandidatesAsync(q, graph.Candidates, lease, importing.Token).ConfigureAwait(false);
            }

            await FinishAsync(q, plan, digest, candidatesDigest, lease, importing.Token).ConfigureAwait(false);
            LogImported(logger, options.Partition, written, graph.Sources.Count, removed, clock.ElapsedMilliseconds);
            return true;
        }
        catch (Exception e) when (e is CypherGuardException
            || (e is OperationCanceledException && lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            throw new ImportLockLostException(
                $"The import into Neo4j partition '{options.Partition}' stopped: its import lock is no longer held by {Owner}; another process took it over. Each source is old or new; importing again completes it.",
                e);
        }
    }

    private async Task EnsureSchemaAsync(CypherQueries q, CancellationToken cancellationToken)
    {
        if (schemaEnsured)
        {
            return;
        }

        // A database that already has this version's schema says so with a marker node, read without any schema lock. Two
        // schema statements running at once deadlock in Neo4j (each holds the schema lock shared and waits to hold it
        // alone), so stores and replicas starting together would otherwise fail one another's imports.
        var digest = new Dictionary<string, object?> { ["digest"] = q.SchemaDigest };
        if ((await ReadAsync(q.Imports.SchemaMarked, digest, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            // One transaction per statement: Neo4j 3.x cannot mix schema and data, nor (reliably) several schema changes.
            foreach (var statement in q.Schema)
            {
                await WriteSchemaAsync(statement, cancellationToken).ConfigureAwait(false);
            }

            await WriteAsync([new CypherStatement(q.Imports.MarkSchema, digest)], cancellationToken).ConfigureAwait(false);
        }

        schemaEnsured = true;
    }

    /// <summary>
    /// One schema statement, tried again on a deadlock with another store's schema statement for up to
    /// <see cref="SchemaDeadlockBudget"/>, however short the driver's own retry time (a server's is 2 s, for reads): the
    /// statements are idempotent, and only the first stores on a new database or schema version run them.
    /// </summary>
    private async Task WriteSchemaAsync(string statement, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                await WriteAsync([new CypherStatement(statement, new Dictionary<string, object?>())], cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StoreUnavailableException e) when (e.InnerException is GraphApi.Bolt.Neo4jException { IsTransient: true } && clock.Elapsed < SchemaDeadlockBudget)
            {
                await Task.Delay(delay * (0.5 + Random.Shared.NextDouble()), cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }

    private async Task WriteEntitiesAsync(CypherQueries q, ImportPlan plan, ImportLease lease, CancellationToken cancellationToken)
    {
        var existing = await ReadAsync(q.Writes.ExistingEntities, Parameters(), cancellationToken).ConfigureAwait(false);
        foreach (var row in existing)
        {
            plan.StoredMentionOrders[(string)row["id"]!] = (row["digest"] as string, checked((int)RowReader.Long(row, "blocks")));
        }

        plan.RemovedEntities.AddRange(plan.StoredMentionOrders.Keys.Except(plan.Graph.Entities.Select(e => e.Id), StringComparer.Ordinal));
        foreach (var chunk in plan.Graph.Entities.Chunk(EntitiesPerTransaction))
        {
            var statements = chunk.GroupBy(e => e.Kind)
                .Select(g => Rows(q.Writes.UpsertEntities[g.Key], g.Select(plan.Rows.Entity)))
                .Append(lease.Guard())
                .ToList();
            await WriteAsync(statements, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the sources whose digest changed, whole sources per transaction, and deletes the removed ones.</summary>
    private async Task<(int Written, int Removed)> WriteSourcesAsync(CypherQueries q, ImportPlan plan, ImportLease lease, CancellationToken cancellationToken)
    {
        var stored = (await ReadAsync(q.Writes.ExistingSources, Parameters(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => (string)r["id"]!, r => r["digest"] as string, StringComparer.Ordinal);
        var changed = plan.Graph.Sources.Where(s => stored.GetValueOrDefault(s.Id) != plan.Digests[s.Id]).ToList();
        plan.Stored.UnionWith(stored.Keys);
        plan.Unchanged.UnionWith(plan.Graph.Sources.Select(s => s.Id).Except(changed.Select(s => s.Id), StringComparer.Ordinal));

        var batch = new List<Source>();
        var size = 0;
        foreach (var source in changed)
        {
            batch.Add(source);
            size += 1 + plan.Mentions[source.Id].Count() + plan.Claims[source.Id].Sum(c => 2 + c.About.Count + c.Evidence.Count);
            if (size >= options.WriteBatchSize)
            {
                await WriteSourceBatchAsync(q, plan, batch, lease, cancellationToken).ConfigureAwait(false);
                batch.Clear();
                size = 0;
            }
        }

        if (batch.Count > 0)
        {
            await WriteSourceBatchAsync(q, plan, batch, lease, cancellationToken).ConfigureAwait(false);
        }

        var removed = stored.Keys.Except(plan.Graph.Sources.Select(s => s.Id), StringComparer.Ordinal).ToList();
        foreach (var chunk in removed.Chunk(options.WriteBatchSize))
        {
            var keys = Parameters("keys", Keys(chunk));
            await WriteAsync([new(q.Writes.DeleteClaimsOfSources, keys), new(q.Writes.DeleteSources, keys), lease.Guard()], cancellationToken).ConfigureAwait(false);
        }

        return (changed.Count, removed.Count);
    }

    private async Task WriteSourceBatchAsync(CypherQueries q, ImportPlan plan, List<Source> batch, ImportLease lease, CancellationToken cancellationToken)
    {
        var w = q.Writes;
        var claims = batch.SelectMany(s => plan.Claims[s.Id]).ToList();

        // Only a source the partition held before has old mentions, links and claims to remove.
        var rewritten = batch.Where(s => plan.Stored.Contains(s.Id)).ToList();
        var statements = new List<CypherStatement>
        {
            Rows(w.UpsertSources, batch.Select(s => plan.Rows.Source(s, plan.Digests[s.Id]))),
            new(w.DetachSources, Parameters("keys", Keys(rewritten.Select(s => s.Id)))),
            Rows(w.CreateMentions, batch.Where(s => plan.Mentions[s.Id].Any()).Select(s => plan.Rows.MentionsOf(s.Id, plan.Mentions[s.Id]))),
            Rows(w.CreatePublishedBy, batch.Where(s => s.OutletId is not null).Select(s => rows.Link(s.Id, s.OutletId!))),
            Rows(w.CreateChain, batch.SelectMany(s => s.Chain.Select((link, i) => rows.ChainLink(s.Id, link, i)))),
            Rows(w.UpsertClaims, claims.Select(plan.Rows.Claim)),
        };
        var links = claims.SelectMany(rows.ClaimLinks).ToLookup(l => l.Type, l => l.Row, StringComparer.Ordinal);
        statements.AddRange(CypherQueries.WriteQueries.ClaimLinkTypes.Select(type => Rows(w.LinkClaims[type], links[type])));
        statements.Add(Rows(w.DeleteStaleClaims, rewritten.Select(s => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["source"] = Key(s.Id),
            ["claimIds"] = plan.Claims[s.Id].Select(c => c.Id).ToList(),
        })));
        statements.RemoveAll(s => (s.Parameters.TryGetValue("rows", out var r) || s.Parameters.TryGetValue("keys", out r)) && r is System.Collections.ICollection { Count: 0 });
        statements.Add(lease.Guard());
        await WriteAsync(statements, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Each entity's mention order: the sorted ids of the sources that mention it, in <c>:MentionBlock</c>s, with the
    /// first id of each block on the entity, and the latest <c>visibleFrom</c> of those sources (a caller whose horizon
    /// reaches it reads every mention, and pages them along the order). Rewritten only for entities whose order changed; each entity's order in one
    /// transaction with its blocks.
    /// </summary>
    private async Task WriteMentionOrderAsync(CypherQueries q, ImportPlan plan, ImportLease lease, CancellationToken cancellationToken)
    {
        var sourcesByEntity = plan.Graph.Mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var orders = new List<object?>();
        var blocks = new List<object?>();
        var stale = new List<string>();
        var size = 0;

        async Task FlushAsync()
        {
            var statements = new List<CypherStatement> { Rows(q.Writes.SetMentionOrder, orders), Rows(q.Writes.UpsertMentionBlocks, blocks) };
            if (stale.Count > 0)
            {
                statements.Add(new(q.Writes.DeleteMentionBlocks, Parameters("keys", stale.ToList())));
            }

            await WriteGuardedAsync(statements, lease, cancellationToken).ConfigureAwait(false);

            orders.Clear();
            blocks.Clear();
            stale.Clear();
            size = 0;
        }

        foreach (var entity in plan.Graph.Entities)
        {
            var ids = sourcesByEntity.GetValueOrDefault(entity.Id) ?? [];
            var visibleFrom = plan.Rows.LatestVisibleFrom(ids);
            var digest = GraphDigest.OfMentionOrder(ids, visibleFrom);
            var (storedDigest, storedBlocks) = plan.StoredMentionOrders.GetValueOrDefault(entity.Id);
            if (storedDigest == digest)
            {
                continue;
            }

            var chunks = ids.Chunk(GraphModel.MentionBlockSize).ToList();
            orders.Add(rows.MentionOrder(entity.Id, [.. chunks.Select(c => c[0])], ids.Count, digest, visibleFrom));
            blocks.AddRange(chunks.Select((chunk, i) => (object?)rows.MentionBlock(entity.Id, i, chunk)));
            stale.AddRange(Enumerable.Range(chunks.Count, Math.Max(0, storedBlocks - chunks.Count)).Select(i => rows.MentionBlockKey(entity.Id, i)));
            size += ids.Count + 1;
            if (size >= options.WriteBatchSize)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        foreach (var removed in plan.RemovedEntities)
        {
            stale.AddRange(Enumerable.Range(0, plan.StoredMentionOrders[removed].Blocks).Select(i => rows.MentionBlockKey(removed, i)));
        }

        await FlushAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Typed links between entities and documents' publishers, replaced in one transaction with each entity's relationship
    /// order (their number grows with the curated entities, not the corpus).
    /// </summary>
    private async Task WriteLinksAsync(CypherQueries q, ImportPlan plan, ImportLease lease, CancellationToken cancellationToken)
    {
        var graph = plan.Graph;
        var rows = plan.Rows;
        var w = q.Writes;
        var declared = graph.Entities
            .SelectMany(e => new[]
            {
                e.ParentId is null ? null : Relationship.IdFor(Predicates.PartOf, e.Id, e.ParentId),
                e.PlaceId is null ? null : Relationship.IdFor(Predicates.LocatedIn, e.Id, e.PlaceId),
            })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var statements = new List<CypherStatement> { new(w.DeleteEntityRelationships, Parameters()) };
        statements.AddRange(graph.Relationships.GroupBy(r => GraphModel.RelationshipType(r.Type))
            .Select(g => Rows(w.CreateEntityRelationships[g.Key], g.Select(r => rows.Relationship(r, declared.Contains(r.Id))))));
        statements.Add(Rows(w.CreatePublishers, graph.Entities.Where(e => e.PublisherId is not null).Select(rows.Publisher)));

        // Each entity's relationship order goes with its links, every entity's (one whose links are gone gets an empty one).
        var order = RelationshipEntry.ByEntity(graph.Relationships);
        var o = q.RelationshipOrder;
        statements.Add(new(o.DeleteBlocks, Parameters()));
        statements.Add(Rows(o.CreateBlocks, graph.Entities.SelectMany(e => rows.RelationshipBlocks(e.Id, order.GetValueOrDefault(e.Id) ?? []))));
        statements.Add(Rows(o.SetOrder, graph.Entities.Select(e => rows.RelationshipOrder(e.Id, order.GetValueOrDefault(e.Id) ?? []))));
        await WriteGuardedAsync(statements, lease, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Conflicts and corroborations. A figure that n articles repeat makes n(n-1)/2 of them, so they are never built or
    /// written all at once: each pair's row is built as it is compared with what the partition holds (its id and the
    /// digest of its properties), and only new or changed pairs are written, in transactions of
    /// <see cref="Neo4jStoreOptions.WriteBatchSize"/> pairs; a changed pair is deleted and created again in the same
    /// transaction, so readers see each pair old or new, never twice or missing. Pairs the graph no longer holds go last.
    /// </summary>
    private async Task WriteClaimPairsAsync(CypherQueries q, ImportPlan plan, ImportLease lease, CancellationToken cancellationToken)
    {
        var w = q.Writes;
        var stored = new Dictionary<string, (long? Digest, string A, string B)>(StringComparer.Ordinal);
        foreach (var row in await ReadAsync(w.ExistingClaimPairs, Parameters(), cancellationToken).ConfigureAwait(false))
        {
            // A digest of an older layout (a hex string) reads as none: the pair is written again.
            stored[(string)row["id"]!] = (row["digest"] as long?, (string)row["a"]!, (string)row["b"]!);
        }

        var deletes = new List<object?>();
        var conflicts = new ClaimPairRows();
        var corroborations = new ClaimPairRows();
        async Task FlushAsync()
        {
            await WriteGuardedAsync(
                [Rows(w.DeleteClaimPairs, deletes), Rows(w.CreateConflicts, conflicts.Rows), Rows(w.CreateCorroborations, corroborations.Rows)],
                lease,
                cancellationToken).ConfigureAwait(false);

            deletes.Clear();
            conflicts.Clear();
            corroborations.Clear();
        }

        async Task CompareAsync(string claimA, Dictionary<string, object?> pair, ClaimPairRows into)
        {
            var props = (Dictionary<string, object?>)pair["props"]!;
            var id = (string)props["id"]!;
            if (stored.Remove(id, out var old))
            {
                if (old.Digest == (long)props["digest"]!)
                {
                    return;
                }

                deletes.Add(ClaimPairKey(id, old.A, old.B));
            }

            into.Add(plan.Rows.Key(claimA), pair);
            if (deletes.Count + conflicts.Pairs + corroborations.Pairs >= options.WriteBatchSize)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        foreach (var c in plan.Graph.Conflicts)
        {
            await CompareAsync(c.ClaimA, plan.Rows.ClaimPair(c.Id, c.ClaimA, c.ClaimB, c.Reason, c.Flags), conflicts).ConfigureAwait(false);
        }

        foreach (var c in plan.Graph.Corroborations)
        {
            await CompareAsync(c.ClaimA, plan.Rows.ClaimPair(c.Id, c.ClaimA, c.ClaimB, c.Reason), corroborations).ConfigureAwait(false);
        }

        // What is left was not met in the graph: removed pairs (those of deleted claims went with them; the delete finds nothing).
        foreach (var (id, old) in stored)
        {
            deletes.Add(ClaimPairKey(id, old.A, old.B));
            if (deletes.Count >= options.WriteBatchSize)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        await FlushAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// One import transaction: the statements that have rows (one of rows with none is left out), then the lease's
    /// guard. Nothing is sent when no statement is left.
    /// </summary>
    private async Task WriteGuardedAsync(List<CypherStatement> statements, ImportLease lease, CancellationToken cancellationToken)
    {
        statements.RemoveAll(s => s.Parameters.TryGetValue("rows", out var r) && r is List<object?> { Count: 0 });
        if (statements.Count > 0)
        {
            statements.Add(lease.Guard());
            await WriteAsync(statements, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Conflicts or corroborations grouped by their left claim, as <see cref="CypherQueries.WriteQueries.CreateCorroborations"/>
    /// takes them. Pairs come in id order, so the pairs of one left claim follow one another and share one row.
    /// </summary>
    private sealed class ClaimPairRows
    {
        private string? lastKey;
        private List<object?> lastPairs = [];

        public List<object?> Rows { get; } = [];

        public int Pairs { get; private set; }

        public void Add(string claimKey, Dictionary<string, object?> pair)
        {
            if (!string.Equals(claimKey, lastKey, StringComparison.Ordinal))
            {
                (lastKey, lastPairs) = (claimKey, []);
                Rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["a"] = claimKey, ["pairs"] = lastPairs });
            }

            lastPairs.Add(pair);
            Pairs++;
        }

        public void Clear()
        {
            Rows.Clear();
            (lastKey, lastPairs, Pairs) = (null, [], 0);
        }
    }

    private static Dictionary<string, object?> ClaimPairKey(string id, string a, string b) => new(StringComparer.Ordinal) { ["id"] = id, ["a"] = a, ["b"] = b };

    /// <summary>The claims of sources left as they were now name this run; removed entities go; the run is stamped.</summary>
    private async Task FinishAsync(CypherQueries q, ImportPlan plan, string digest, string candidatesDigest, ImportLease lease, CancellationToken cancellationToken)
    {
        // The rows of one batch at a time; the last batch goes with the stamp.
        var batches = plan.Graph.Claims.Where(c => plan.Unchanged.Contains(c.SourceId)).Chunk(options.WriteBatchSize).ToList();
        IEnumerable<object?> Generated(Claim[] batch) =>
            batch.Select(c => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["key"] = Key(c.Id), ["run"] = c.WasGeneratedBy });
        foreach (var batch in batches.SkipLast(1))
        {
            await WriteAsync([Rows(q.Writes.SetGeneratedBy, Generated(batch)), lease.Guard()], cancellationToken).ConfigureAwait(false);
        }

        var statements = new List<CypherStatement>();
        if (batches.Count > 0)
        {
            statements.Add(Rows(q.Writes.SetGeneratedBy, Generated(batches[^1])));
        }

        if (plan.RemovedEntities.Count > 0)
        {
            statements.Add(new(q.Writes.DeleteEntities, Parameters("keys", Keys(plan.RemovedEntities))));
        }

        var stamp = Guid.NewGuid().ToString("N");
        statements.Add(new(q.Imports.UpsertRun, Parameters("props", rows.Run(plan.Graph, digest, candidatesDigest, stamp, Owner))));
        statements.Add(lease.Guard());
        await WriteAsync(statements, cancellationToken).ConfigureAwait(false);
    }

    private CypherStatement Rows(string query, IEnumerable<object?> items) => new(query, Parameters("rows", items.ToList()));

    /// <summary>What one import writes, grouped by source.</summary>
    private sealed class ImportPlan(KnowledgeGraph graph, IReadOnlyDictionary<string, string> digests, ILookup<string, Mention> mentions, ILookup<string, Claim> claims, WriteRows rows)
    {
        /// <summary>Rows carrying this graph's visibility instants.</summary>
        public WriteRows Rows { get; } = rows;

        public KnowledgeGraph Graph { get; } = graph;

        public IReadOnlyDictionary<string, string> Digests { get; } = digests;

        public ILookup<string, Mention> Mentions { get; } = mentions;

        public ILookup<string, Claim> Claims { get; } = claims;

        /// <summary>Sources the partition held before this import.</summary>
        public HashSet<string> Stored { get; } = new(StringComparer.Ordinal);

        /// <summary>Sources whose stored digest matched: not written.</summary>
        public HashSet<string> Unchanged { get; } = new(StringComparer.Ordinal);

        public List<string> RemovedEntities { get; } = [];

        /// <summary>The digest and block count of each stored entity's mention order.</summary>
        public Dictionary<string, (string? Digest, int Blocks)> StoredMentionOrders { get; } = new(StringComparer.Ordinal);
    }
}
