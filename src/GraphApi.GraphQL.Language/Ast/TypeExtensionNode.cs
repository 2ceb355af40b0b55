namespace GraphApi.GraphQL.Language;

/// <summary>A TypeExtension (spec 3.4.3): <c>extend</c> followed by the kind and name of the type it extends.</summary>
public abstract class TypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : TypeSystemDefinitionNode(directives, location)
{
    public NameNode Name { get; } = name;
}
