namespace GraphApi.GraphQL.Language;

/// <summary>A DirectiveDefinition (spec 3.13): <c>directive @name(args) repeatable on A | B</c>.</summary>
public sealed class DirectiveDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations,
    Location location = default) : TypeSystemDefinitionNode([], location)
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public bool Repeatable { get; } = repeatable;

    /// <summary>The locations as written; each is a valid <see cref="DirectiveLocation"/> name (the parser checks).</summary>
    public IReadOnlyList<NameNode> Locations { get; } = locations;
}
