namespace GraphApi.GraphQL.Language;

/// <summary>A ListValue (spec 2.9.7): <c>[a, b]</c>.</summary>
public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; } = values;
}
