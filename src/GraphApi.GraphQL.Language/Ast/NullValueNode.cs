namespace GraphApi.GraphQL.Language;

/// <summary>A NullValue (spec 2.9.5).</summary>
public sealed class NullValueNode(Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.NullValue;
}
