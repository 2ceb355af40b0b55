namespace GraphApi.GraphQL.Language;

/// <summary>A BooleanValue (spec 2.9.3).</summary>
public sealed class BooleanValueNode(bool value, Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    public bool Value { get; } = value;
}
