namespace GraphApi.GraphQL.Language;

/// <summary>A FieldDefinition (spec 3.6.1): <c>name(args): Type @dir</c>.</summary>
public sealed class FieldDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives,
    Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.FieldDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public TypeNode Type { get; } = type;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
