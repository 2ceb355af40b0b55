using System.Collections.Concurrent;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Stores.Embedded;

/// <summary>
/// One imported graph with an index per view: the whole graph for callers who read everything, and for public callers
/// the graph as it stands between two embargo ends, built on first use (<see cref="GraphVisibility.Project"/>). Every
/// read of the embedded store asks here for its scope's index, so hidden records are in none of its dictionaries,
/// counts, cursors or search postings. A corpus with nothing internal or embargoed has one index for everyone.
/// </summary>
internal sealed class ScopedIndexes
{
    private readonly ConcurrentDictionary<int, Lazy<KnowledgeIndex>> publicViews = new();

    public ScopedIndexes(KnowledgeGraph graph)
    {
        Full = new KnowledgeIndex(graph);
        Visibility = new GraphVisibility(graph);
    }

    /// <summary>The index of the whole graph.</summary>
    public KnowledgeIndex Full { get; }

    public GraphVisibility Visibility { get; }

    public KnowledgeIndex For(ReadScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IncludesInternal || !Visibility.IsRestricted)
        {
            return Full;
        }

        return publicViews.GetOrAdd(GraphVisibility.ViewOf(Visibility.Instants, scope.Horizon), _ => new Lazy<KnowledgeIndex>(() => new KnowledgeIndex(Visibility.Project(Full.Graph, scope)))).Value;
    }
}
