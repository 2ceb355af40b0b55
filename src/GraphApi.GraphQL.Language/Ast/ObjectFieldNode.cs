namespace GraphApi.GraphQL.Language;

/// <summary>An ObjectField (spec 2.9.8): <c>name: value</c> inside an object value.</summary>
public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.ObjectField;

    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}
