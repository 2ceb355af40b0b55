using System.Text.Json.Serialization;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>One page of an ordered list (a GraphQL connection).</summary>
/// <param name="TotalCount">The number of items matching the filter, before cursors and counts apply.</param>
public sealed record Page<T>(IReadOnlyList<PageEdge<T>> Edges, int TotalCount, bool HasNextPage, bool HasPreviousPage)
{
    public static Page<T> Empty { get; } = new([], 0, false, false);

    /// <summary>
    /// Nodes the items refer to (a mention's or a claim's source, the other end of a relationship) that the store read
    /// along with them, each once; possibly none. A reader may use them instead of asking for those nodes again: they are
    /// what <see cref="IKnowledgeStore.GetNodesAsync"/> returns for their ids. Not part of the page's answer, so stores
    /// may differ here and serializing a page leaves it out.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<IGraphNode> Related { get; init; } = [];

    public IEnumerable<T> Items => Edges.Select(e => e.Node);

    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;
}
