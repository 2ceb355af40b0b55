namespace GraphApi.GraphQL.Language;

/// <summary>A Selection (spec 2.4): a field, a fragment spread or an inline fragment; all may carry directives.</summary>
public abstract class SelectionNode(IReadOnlyList<DirectiveNode> directives, Location location) : SyntaxNode(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
