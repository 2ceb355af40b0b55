using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Search;

/// <summary>
/// Every search index of one graph in one immutable object, built from entities, claims and sources alone, so any
/// store can host it: the embedded store builds it with each graph; a database-backed store builds it from what it
/// reads and rebuilds it when the import changes. Answers <see cref="IKnowledgeStore.SearchAsync"/> whole and
/// <see cref="IKnowledgeStore.SearchPassagesAsync"/> up to the passages' texts, which the host supplies.
/// </summary>
public sealed class KnowledgeSearch
{
    /// <summary>The node kinds searched when none are asked for: every entity kind, documents included.</summary>
    public static readonly IReadOnlyCollection<NodeKind> EntityKinds = [NodeKind.Person, NodeKind.Institution, NodeKind.Event, NodeKind.Place, NodeKind.Program, NodeKind.Document];

    private readonly NameIndex names;
    private readonly TextIndex claims;
    private readonly TextIndex sourceTitles;
    private readonly PassageIndex passages;

    /// <param name="entities">The entities whose names are searched.</param>
    /// <param name="claims">The claims whose texts are searched; hits return these records.</param>
    /// <param name="sources">The sources whose titles and bodies are searched.</param>
    /// <param name="keepSourceTexts">
    /// False for a store that reads its hits back from its database: the title index then keeps each source without its
    /// text and body (title hits carry those copies), so the index holds no article text once built.
    /// </param>
    public KnowledgeSearch(IEnumerable<Entity> entities, IEnumerable<Claim> claims, IEnumerable<Source> sources, bool keepSourceTexts = true)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(sources);
        var sourceList = sources as IReadOnlyCollection<Source> ?? [.. sources];
        names = new NameIndex(entities);
        this.claims = TextIndex.ForClaims(claims);
        sourceTitles = TextIndex.ForSources(keepSourceTexts ? sourceList : [.. sourceList.Select(s => s with { Text = string.Empty, Body = [] })]);
        passages = new PassageIndex(sourceList);
    }

    public static KnowledgeSearch For(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new KnowledgeSearch(graph.Entities, graph.Claims, graph.Sources);
    }

    /// <summary>How many sentences the passage index holds.</summary>
    public int PassageCount => passages.Count;

    /// <summary>
    /// <see cref="IKnowledgeStore.SearchAsync"/>: entity names (<see cref="NameIndex"/>), and claim texts and source
    /// titles when those kinds are asked (<see cref="TextIndex"/>); merged by score descending, then id.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string text, IReadOnlyCollection<NodeKind>? kinds, int first)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = kinds is { Count: > 0 } ? kinds : EntityKinds;
        if (first <= 0)
        {
            return [];
        }

        bool Keep(IGraphNode node) => wanted.Contains(node.NodeKind);
        var results = new List<IReadOnlyList<SearchHit>>();
        if (wanted.Any(k => k is not (NodeKind.Claim or NodeKind.Source)))
        {
            results.Add(names.Find(text, Keep, first));
        }

        var words = wanted.Any(k => k is NodeKind.Claim or NodeKind.Source)
            ? WordForms.Words(text).Where(w => !StopWords.Contains(w)).Distinct(StringComparer.Ordinal).ToList()
            : [];
        if (wanted.Contains(NodeKind.Claim))
        {
            results.Add(claims.Find(words, Keep, first));
        }

        if (wanted.Contains(NodeKind.Source))
        {
            results.Add(sourceTitles.Find(words, Keep, first));
        }

        return results.Count == 1
            ? results[0]
            : [.. results.SelectMany(r => r).OrderByDescending(h => h.Score).ThenBy(h => h.Node.Id, StringComparer.Ordinal).Take(first)];
    }

    /// <summary>One page of <see cref="IKnowledgeStore.SearchPassagesAsync"/>, before the passages' texts are read.</summary>
    public PassageResult FindPassages(string text, PassageFilter filter, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(text);
        return passages.Find(PassageQuery.Parse(text), filter, page);
    }
}
