namespace GraphApi.GraphQL.Language;

/// <summary>A FloatValue (spec 2.9.2), kept as its source text so that no precision is lost before coercion.</summary>
public sealed class FloatValueNode(string value, Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.FloatValue;

    public string Value { get; } = value;
}
