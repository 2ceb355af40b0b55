namespace GraphApi.GraphQL.Language;

/// <summary>An EnumValue (spec 2.9.6): a name other than true, false or null.</summary>
public sealed class EnumValueNode(string value, Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.EnumValue;

    public string Value { get; } = value;
}
