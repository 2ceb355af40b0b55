namespace GraphApi.GraphQL.Language;

/// <summary>An IntValue (spec 2.9.1), kept as its source text so that coercion decides the range.</summary>
public sealed class IntValueNode(string value, Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.IntValue;

    public string Value { get; } = value;
}
