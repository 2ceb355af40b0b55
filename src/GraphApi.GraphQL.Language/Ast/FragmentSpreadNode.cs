namespace GraphApi.GraphQL.Language;

/// <summary>A FragmentSpread (spec 2.8): <c>...Name @dir</c>.</summary>
public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default)
    : SelectionNode(directives, location)
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public NameNode Name { get; } = name;
}
