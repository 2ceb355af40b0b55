namespace GraphApi.GraphQL.Language;

/// <summary>A Directive (spec 2.12): <c>@name(args)</c>.</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.Directive;

    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}
