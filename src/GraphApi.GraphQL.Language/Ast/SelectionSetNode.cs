namespace GraphApi.GraphQL.Language;

/// <summary>A SelectionSet (spec 2.4).</summary>
public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
