namespace GraphApi.GraphQL.Language;

/// <summary>A TypeSystemDefinition or TypeSystemExtension (spec 3): the SDL half of the grammar.</summary>
public abstract class TypeSystemDefinitionNode(IReadOnlyList<DirectiveNode> directives, Location location) : DefinitionNode(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
