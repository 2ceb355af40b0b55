namespace GraphApi.GraphQL.Language;

/// <summary>A StringValue (spec 2.9.4): the cooked value, and whether it was written as a block string (so printing keeps the form).</summary>
public sealed class StringValueNode(string value, bool block = false, Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.StringValue;

    public string Value { get; } = value;

    public bool Block { get; } = block;
}
