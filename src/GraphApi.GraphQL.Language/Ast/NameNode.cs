namespace GraphApi.GraphQL.Language;

/// <summary>A Name (spec 2.1.9).</summary>
public sealed class NameNode(string value, Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.Name;

    public string Value { get; } = value;
}
