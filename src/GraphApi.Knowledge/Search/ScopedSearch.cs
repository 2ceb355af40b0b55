using System.Collections.Concurrent;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Search;

/// <summary>
/// <see cref="KnowledgeSearch"/> per view, for a store that reads its records with their <c>visibleFrom</c> instants
/// (<see cref="GraphVisibility"/>) and searches in this process. A scope searches an index built from the records it
/// may read and nothing else, as the embedded store's per-view indexes do: a hidden name, claim, title or sentence is
/// in no posting, so it cannot take a hit's place, count towards a page, or show its offsets. Public views change only
/// at embargo ends; each is built at its first search and kept.
/// </summary>
public sealed class ScopedSearch
{
    private readonly IReadOnlyList<(Entity Record, long VisibleFrom)> entities;
    private readonly IReadOnlyList<(Claim Record, long VisibleFrom)> claims;
    private readonly IReadOnlyList<(Source Record, long VisibleFrom)> sources;
    private readonly bool keepSourceTexts;
    private readonly IReadOnlyList<long> instants;
    private readonly bool restricted;
    private readonly Lazy<KnowledgeSearch> full;
    private readonly ConcurrentDictionary<int, Lazy<KnowledgeSearch>> publicViews = new();

    /// <param name="keepSourceTexts">As for <see cref="KnowledgeSearch"/>.</param>
    public ScopedSearch(
        IReadOnlyList<(Entity Record, long VisibleFrom)> entities,
        IReadOnlyList<(Claim Record, long VisibleFrom)> claims,
        IReadOnlyList<(Source Record, long VisibleFrom)> sources,
        bool keepSourceTexts = true)
    {
        this.entities = entities ?? throw new ArgumentNullException(nameof(entities));
        this.claims = claims ?? throw new ArgumentNullException(nameof(claims));
        this.sources = sources ?? throw new ArgumentNullException(nameof(sources));
        this.keepSourceTexts = keepSourceTexts;
        var all = entities.Select(e => e.VisibleFrom).Concat(claims.Select(c => c.VisibleFrom)).Concat(sources.Select(s => s.VisibleFrom)).ToList();
        restricted = all.Any(v => v != GraphVisibility.Always);
        instants = [.. all.Where(v => v is not (GraphVisibility.Always or GraphVisibility.Never)).Distinct().Order()];
        full = new Lazy<KnowledgeSearch>(() => Build(_ => true));
    }

    /// <summary>The entities searched, whatever their visibility (the records a store keeps to rebuild other indexes).</summary>
    public IReadOnlyList<(Entity Record, long VisibleFrom)> Entities => entities;

    /// <summary>The index of what <paramref name="scope"/> may read.</summary>
    public KnowledgeSearch For(ReadScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IncludesInternal || !restricted)
        {
            return full.Value;
        }

        return publicViews.GetOrAdd(GraphVisibility.ViewOf(instants, scope.Horizon), _ => new Lazy<KnowledgeSearch>(() => Build(scope.CanRead))).Value;
    }

    private KnowledgeSearch Build(Func<long, bool> readable) => new(
        entities.Where(e => readable(e.VisibleFrom)).Select(e => e.Record),
        claims.Where(c => readable(c.VisibleFrom)).Select(c => c.Record),
        [.. sources.Where(s => readable(s.VisibleFrom)).Select(s => s.Record)],
        keepSourceTexts);
}
