namespace GraphApi.GraphQL.Language;

/// <summary>A Field (spec 2.5) with its optional alias (2.7), arguments (2.6) and selection set.</summary>
public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location location = default) : SelectionNode(directives, location)
{
    public override NodeKind Kind => NodeKind.Field;

    public NameNode? Alias { get; } = alias;

    public NameNode Name { get; } = name;

    /// <summary>The key this field has in the response: its alias, or else its name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public SelectionSetNode? SelectionSet { get; } = selectionSet;
}
