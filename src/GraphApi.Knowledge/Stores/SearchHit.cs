using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>A search result: the node, its score (higher is better) and the name or text that matched.</summary>
public sealed record SearchHit(IGraphNode Node, double Score, string Matched);
