namespace GraphApi.GraphQL.Language;

/// <summary>An InputValueDefinition (spec 3.6.1): an argument or input field, <c>name: Type = default @dir</c>.</summary>
public sealed class InputValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
