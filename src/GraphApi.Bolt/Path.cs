namespace GraphApi.Bolt;

/// <summary>
/// A path (Bolt structure 0x50), with its relationships bound to their real start and end nodes, so a
/// relationship walked backwards still reports its true direction.
/// </summary>
public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public Node Start => Nodes[0];

    public Node End => Nodes[^1];
}
