namespace GraphApi.GraphQL.Language;

/// <summary>An ExecutableDefinition (spec 2.2): an operation or a fragment, both with directives and a selection set.</summary>
public abstract class ExecutableDefinitionNode(
    NameNode? name,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location) : DefinitionNode(location)
{
    public NameNode? Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
