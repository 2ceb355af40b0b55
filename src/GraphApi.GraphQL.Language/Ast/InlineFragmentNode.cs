namespace GraphApi.GraphQL.Language;

/// <summary>An InlineFragment (spec 2.8.2): <c>... on Type @dir { ... }</c>, the type condition being optional.</summary>
public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location = default) : SelectionNode(directives, location)
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
