namespace GraphApi.GraphQL.Language;

/// <summary>An EnumValueDefinition (spec 3.9): a described, directive-carrying enum value.</summary>
public sealed class EnumValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
