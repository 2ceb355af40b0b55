using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Visibility;

/// <summary>
/// What a restricted source takes with it (docs/reliability.md, "Security"): for every record of a graph, the instant
/// from which an anonymous caller may read it (<c>visibleFrom</c>, milliseconds since the Unix epoch), with
/// <see cref="Always"/> and <see cref="Never"/> at the ends. A <see cref="ReadScope"/> reads a record when
/// <c>visibleFrom</c> is at most its <see cref="ReadScope.Horizon"/>. The rules:
/// <list type="bullet">
/// <item>a source: <see cref="Never"/> when internal, its <c>embargoUntil</c> when public and embargoed, else <see cref="Always"/>;</item>
/// <item>a mention: its source's;</item>
/// <item>a claim: its source's, and not before one of its evidence quotes is readable (a claim resting only on quotes
/// from hidden articles is hidden); the quotes of hidden articles are left out of a readable claim;</item>
/// <item>a conflict or corroboration: the later of its two claims' (both sides must be readable);</item>
/// <item>an entity: the earliest of the sources that mention it, publish it, name it in their reporting chain, or
/// hold a claim about it, voiced by it or attributed to a body it is (a claim's affiliation); <see cref="Always"/> when no source references it at all;</item>
/// <item>a relationship: the later of its two entities', and, when claims back it, not before one of them (a
/// relationship backed only by hidden claims is hidden); the hidden claims are left out of a readable one;</item>
/// <item>a candidate (issue 13): the earliest of the sources it occurs in; its occurrences in hidden sources are left
/// out of a readable one. Extracted claims are claims, and follow the claim rule.</item>
/// </list>
/// Both stores hold these instants (the embedded store in its views, Neo4j as a property of every node and link) and
/// use <see cref="WithoutHiddenQuotes"/> and its siblings to leave hidden parts out of readable records.
/// </summary>
public sealed class GraphVisibility
{
    /// <summary>Readable by everyone.</summary>
    public const long Always = long.MinValue;

    /// <summary>Readable only in <see cref="ReadScope.Everything"/>.</summary>
    public const long Never = long.MaxValue;

    private readonly Dictionary<string, long> sources;
    private readonly Dictionary<string, long> claims;
    private readonly Dictionary<string, long> entities;
    private readonly Dictionary<string, long> relationships;

    public GraphVisibility(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        sources = graph.Sources.ToDictionary(s => s.Id, Of, StringComparer.Ordinal);
        claims = graph.Claims.ToDictionary(c => c.Id, c => OfClaim(c, SourceOf), StringComparer.Ordinal);

        entities = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var mention in graph.Mentions)
        {
            Reference(mention.EntityId, SourceOf(mention.SourceId));
            if (mention.ImpliedBy is not null)
            {
                Reference(mention.ImpliedBy, SourceOf(mention.SourceId));
            }
        }

        foreach (var source in graph.Sources)
        {
            var visibleFrom = SourceOf(source.Id);
            if (source.OutletId is not null)
            {
                Reference(source.OutletId, visibleFrom);
            }

            foreach (var link in source.Chain)
            {
                Reference(link.EntityId, visibleFrom);
            }
        }

        foreach (var claim in graph.Claims)
        {
            foreach (var (entityId, _) in claim.EntityRoles())
            {
                Reference(entityId, claims[claim.Id]);
            }

            if (claim.Attribution.AffiliationId is { } affiliation)
            {
                Reference(affiliation, claims[claim.Id]);
            }
        }

        relationships = graph.Relationships.ToDictionary(r => r.Id, r => OfRelationship(r, EntityOf, ClaimOf), StringComparer.Ordinal);
        IsRestricted = sources.Values.Any(v => v != Always);
        Instants = [.. sources.Values.Where(v => v is not (Always or Never)).Distinct().Order()];
    }

    /// <summary>True when some source is internal or embargoed, so that some caller sees less than the whole graph.</summary>
    public bool IsRestricted { get; }

    /// <summary>The embargo ends, in order: the only instants at which what a public caller sees changes.</summary>
    public IReadOnlyList<long> Instants { get; }

    /// <summary>A source's own instant.</summary>
    public static long Of(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Visibility switch
        {
            SourceVisibility.Public => source.EmbargoUntil?.ToUnixTimeMilliseconds() ?? Always,
            SourceVisibility.Internal => Never,
            _ => throw new ArgumentOutOfRangeException(nameof(source), source.Visibility, "unknown source visibility"),
        };
    }

    /// <summary>A claim's instant, given its sources': its own source's, and not before its first readable quote.</summary>
    public static long OfClaim(Claim claim, Func<string, long> sourceVisibleFrom)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(sourceVisibleFrom);
        var own = sourceVisibleFrom(claim.SourceId);
        return claim.Evidence.Count == 0 ? own : Math.Max(own, claim.Evidence.Min(e => sourceVisibleFrom(e.SourceId)));
    }

    /// <summary>A relationship's instant, given its entities' and claims'.</summary>
    public static long OfRelationship(Relationship relationship, Func<string, long> entityVisibleFrom, Func<string, long> claimVisibleFrom)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var ends = Math.Max(entityVisibleFrom(relationship.FromId), entityVisibleFrom(relationship.ToId));
        return relationship.ClaimIds.Count == 0 ? ends : Math.Max(ends, relationship.ClaimIds.Min(claimVisibleFrom));
    }

    /// <summary>A readable claim without the quotes of hidden articles (the same record when none is hidden).</summary>
    public static Claim WithoutHiddenQuotes(Claim claim, Func<Evidence, bool> readable)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(readable);
        return claim.Evidence.All(readable) ? claim : claim with { Evidence = [.. claim.Evidence.Where(readable)] };
    }

    /// <summary>A readable relationship without its hidden claims (the same record when none is hidden).</summary>
    public static Relationship WithoutHiddenClaims(Relationship relationship, Func<string, bool> claimReadable)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(claimReadable);
        return relationship.ClaimIds.All(claimReadable) ? relationship : relationship with { ClaimIds = [.. relationship.ClaimIds.Where(claimReadable)] };
    }

    /// <summary>
    /// A candidate (issue 13) without its occurrences in hidden sources (the same record when none is). A candidate is
    /// readable when one of its sources is; stores compute that from the sources' instants, so it has none of its own.
    /// </summary>
    public static Candidate WithoutHiddenOccurrences(Candidate candidate, Func<string, bool> sourceReadable)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(sourceReadable);
        return candidate.Occurrences.All(o => sourceReadable(o.SourceId))
            ? candidate
            : candidate with { Occurrences = [.. candidate.Occurrences.Where(o => sourceReadable(o.SourceId))] };
    }

    /// <summary>An import run listing only the hashes of readable source files.</summary>
    public static ImportRun WithoutHiddenFiles(ImportRun run, Func<string, bool> fileReadable)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(fileReadable);
        return run.SourceHashes.Keys.All(fileReadable)
            ? run
            : run with { SourceHashes = new SortedDictionary<string, string>(run.SourceHashes.Where(p => fileReadable(p.Key)).ToDictionary(), StringComparer.Ordinal) };
    }

    public long SourceOf(string sourceId) => sources.TryGetValue(sourceId, out var visibleFrom) ? visibleFrom : Never;

    public long ClaimOf(string claimId) => claims.TryGetValue(claimId, out var visibleFrom) ? visibleFrom : Never;

    /// <summary>An entity's instant; <see cref="Always"/> for an entity no source references.</summary>
    public long EntityOf(string entityId) => entities.TryGetValue(entityId, out var visibleFrom) ? visibleFrom : Always;

    public long RelationshipOf(string relationshipId) => relationships.TryGetValue(relationshipId, out var visibleFrom) ? visibleFrom : Never;

    public long PairOf(string claimA, string claimB) => Math.Max(ClaimOf(claimA), ClaimOf(claimB));

    /// <summary>
    /// The part of the graph <paramref name="scope"/> may read, with hidden quotes, claims and file hashes left out
    /// of the records that stay. The whole graph itself when nothing is hidden from the scope.
    /// </summary>
    public KnowledgeGraph Project(KnowledgeGraph graph, ReadScope scope)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IncludesInternal || !IsRestricted)
        {
            return graph;
        }

        bool SourceReadable(string id) => scope.CanRead(SourceOf(id));
        bool ClaimReadable(string id) => scope.CanRead(ClaimOf(id));
        var files = graph.Sources.Where(s => SourceReadable(s.Id)).Select(s => s.FileName).ToHashSet(StringComparer.Ordinal);
        return graph with
        {
            Entities = [.. graph.Entities.Where(e => scope.CanRead(EntityOf(e.Id)))],
            Sources = [.. graph.Sources.Where(s => SourceReadable(s.Id))],
            Claims = [.. graph.Claims.Where(c => ClaimReadable(c.Id)).Select(c => WithoutHiddenQuotes(c, e => SourceReadable(e.SourceId)))],
            Mentions = [.. graph.Mentions.Where(m => SourceReadable(m.SourceId))],
            Relationships = [.. graph.Relationships.Where(r => scope.CanRead(RelationshipOf(r.Id))).Select(r => WithoutHiddenClaims(r, ClaimReadable))],
            Conflicts = [.. graph.Conflicts.Where(c => scope.CanRead(PairOf(c.ClaimA, c.ClaimB)))],
            Corroborations = [.. graph.Corroborations.Where(c => scope.CanRead(PairOf(c.ClaimA, c.ClaimB)))],
            Candidates = [.. graph.Candidates.Where(c => c.Occurrences.Any(o => SourceReadable(o.SourceId))).Select(c => WithoutHiddenOccurrences(c, SourceReadable))],
            Run = WithoutHiddenFiles(graph.Run, files.Contains),
            Warnings = [],
        };
    }

    /// <summary>
    /// Which public view a horizon falls in: how many of <paramref name="instants"/> (embargo ends, in order) it has
    /// passed. Public views change only at those instants, so the count names a view that can be built once and kept.
    /// </summary>
    public static int ViewOf(IReadOnlyList<long> instants, long horizon)
    {
        ArgumentNullException.ThrowIfNull(instants);
        int low = 0, high = instants.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (instants[mid] <= horizon)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private void Reference(string entityId, long visibleFrom) =>
        entities[entityId] = entities.TryGetValue(entityId, out var earliest) ? Math.Min(earliest, visibleFrom) : visibleFrom;
}
