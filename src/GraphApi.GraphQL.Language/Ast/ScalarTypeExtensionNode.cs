namespace GraphApi.GraphQL.Language;

/// <summary>A ScalarTypeExtension (spec 3.5.1): adds directives to a scalar.</summary>
public sealed class ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default)
    : TypeExtensionNode(name, directives, location)
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}
