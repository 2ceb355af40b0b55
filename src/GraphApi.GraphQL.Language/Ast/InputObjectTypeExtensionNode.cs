namespace GraphApi.GraphQL.Language;

/// <summary>An InputObjectTypeExtension (spec 3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location = default) : TypeExtensionNode(name, directives, location)
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
