namespace GraphApi.GraphQL.Language;

/// <summary>An EnumTypeDefinition (spec 3.9).</summary>
public sealed class EnumTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location = default) : TypeDefinitionNode(description, name, directives, location)
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}
