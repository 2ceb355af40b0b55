namespace GraphApi.GraphQL.Language;

/// <summary>An Argument (spec 2.6): <c>name: value</c>.</summary>
public sealed class ArgumentNode(NameNode name, ValueNode value, Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.Argument;

    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}
