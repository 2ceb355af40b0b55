namespace GraphApi.GraphQL.Language;

/// <summary>A FragmentDefinition (spec 2.8): <c>fragment Name on Type @dir { ... }</c>.</summary>
public sealed class FragmentDefinitionNode(
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location = default) : ExecutableDefinitionNode(name, directives, selectionSet, location)
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    public new NameNode Name => base.Name!;

    public NamedTypeNode TypeCondition { get; } = typeCondition;
}
