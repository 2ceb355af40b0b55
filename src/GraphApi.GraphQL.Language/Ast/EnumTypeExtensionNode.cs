namespace GraphApi.GraphQL.Language;

/// <summary>An EnumTypeExtension (spec 3.9.1).</summary>
public sealed class EnumTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location = default) : TypeExtensionNode(name, directives, location)
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}
