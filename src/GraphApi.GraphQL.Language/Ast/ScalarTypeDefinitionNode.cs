namespace GraphApi.GraphQL.Language;

/// <summary>A ScalarTypeDefinition (spec 3.5).</summary>
public sealed class ScalarTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location = default) : TypeDefinitionNode(description, name, directives, location)
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}
