using GraphApi.Knowledge.Model;

namespace GraphApi.Schema.Types;

/// <summary>The value behind a <c>Subgraph</c>.</summary>
internal sealed record Neighborhood(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Edges, bool Truncated);
