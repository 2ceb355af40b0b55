namespace GraphApi.GraphQL.Language;

/// <summary>A TypeDefinition (spec 3.4): every named type has an optional description, a name and directives.</summary>
public abstract class TypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : TypeSystemDefinitionNode(directives, location)
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;
}
