namespace GraphApi.GraphQL.Language;

/// <summary>An ObjectValue (spec 2.9.8): <c>{a: 1, b: 2}</c>.</summary>
public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}
