using System.Globalization;
using GraphApi.PackStream;

namespace GraphApi.Bolt.Protocol;

/// <summary>
/// Turns graph structures into <see cref="Node"/>, <see cref="Relationship"/> and <see cref="Path"/>
/// (Bolt structure semantics, "Node", "Relationship", "UnboundRelationship", "Path"). From 5.0 each carries
/// element ids as extra trailing fields. Temporal and spatial structures go to <see cref="TemporalStructures"/>;
/// unknown tags pass through as <see cref="PackStreamStructure"/>.
/// </summary>
internal sealed class GraphHydrator(BoltVersion version, bool utc)
{
    public const byte NodeTag = 0x4E;
    public const byte RelationshipTag = 0x52;
    public const byte UnboundRelationshipTag = 0x72;
    public const byte PathTag = 0x50;

    private readonly bool _elementIds = version >= BoltVersion.V5_0;
    private readonly TemporalStructures _temporal = new(utc);

    public object? Hydrate(PackStreamStructure structure) => structure.Tag switch
    {
        NodeTag => ToNode(structure),
        RelationshipTag => ToRelationship(structure),
        UnboundRelationshipTag => ToUnbound(structure),
        PathTag => ToPath(structure),
        _ => _temporal.Hydrate(structure),
    };

    private Node ToNode(PackStreamStructure s)
    {
        Expect(s, "Node", _elementIds ? 4 : 3);
        var id = AsLong(s.Fields[0]);
        return new Node(
            id,
            _elementIds ? AsString(s.Fields[3]) : Text(id),
            AsList(s.Fields[1]).Cast<string>().ToList(),
            AsMap(s.Fields[2]));
    }

    private Relationship ToRelationship(PackStreamStructure s)
    {
        Expect(s, "Relationship", _elementIds ? 8 : 5);
        var id = AsLong(s.Fields[0]);
        var start = AsLong(s.Fields[1]);
        var end = AsLong(s.Fields[2]);
        return new Relationship(
            id,
            _elementIds ? AsString(s.Fields[5]) : Text(id),
            start,
            _elementIds ? AsString(s.Fields[6]) : Text(start),
            end,
            _elementIds ? AsString(s.Fields[7]) : Text(end),
            AsString(s.Fields[3]),
            AsMap(s.Fields[4]));
    }

    private UnboundRelationship ToUnbound(PackStreamStructure s)
    {
        Expect(s, "UnboundRelationship", _elementIds ? 4 : 3);
        var id = AsLong(s.Fields[0]);
        return new UnboundRelationship(id, _elementIds ? AsString(s.Fields[3]) : Text(id), AsString(s.Fields[1]), AsMap(s.Fields[2]));
    }

    /// <summary>
    /// The indices alternate relationship and node positions: a relationship index is 1-based and negative
    /// when the path walks it against its direction; a node index is 0-based.
    /// </summary>
    private static Path ToPath(PackStreamStructure s)
    {
        Expect(s, "Path", 3);
        var nodes = AsList(s.Fields[0]).Cast<Node>().ToList();
        var unbound = AsList(s.Fields[1]).Cast<UnboundRelationship>().ToList();
        var indices = AsList(s.Fields[2]).Select(AsLong).ToList();
        if (nodes.Count == 0 || indices.Count % 2 != 0)
        {
            throw new ProtocolViolationException(
                $"A Path structure needs at least one node and pairs of indices; got {nodes.Count} nodes and {indices.Count} indices.");
        }

        var pathNodes = new List<Node> { nodes[0] };
        var relationships = new List<Relationship>();
        var previous = nodes[0];
        for (var i = 0; i < indices.Count; i += 2)
        {
            var relIndex = indices[i];
            var next = nodes[(int)indices[i + 1]];
            var rel = unbound[(int)Math.Abs(relIndex) - 1];
            var (from, to) = relIndex > 0 ? (previous, next) : (next, previous);
            relationships.Add(new Relationship(rel.Id, rel.ElementId, from.Id, from.ElementId, to.Id, to.ElementId, rel.Type, rel.Properties));
            pathNodes.Add(next);
            previous = next;
        }

        return new Path(pathNodes, relationships);
    }

    private static void Expect(PackStreamStructure s, string name, int fields)
    {
        if (s.Fields.Count != fields)
        {
            throw new ProtocolViolationException(
                $"A {name} structure (tag 0x{s.Tag:X2}) should have {fields} fields for this Bolt version but has {s.Fields.Count}.");
        }
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static long AsLong(object? value) => value as long? ?? throw Malformed("an integer", value);

    private static string AsString(object? value) => value as string ?? throw Malformed("a string", value);

    private static IReadOnlyList<object?> AsList(object? value) => value as IReadOnlyList<object?> ?? throw Malformed("a list", value);

    private static IReadOnlyDictionary<string, object?> AsMap(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw Malformed("a map", value);

    private static ProtocolViolationException Malformed(string expected, object? actual) =>
        new($"A graph structure field should be {expected} but was {actual?.GetType().Name ?? "null"}.");
}
