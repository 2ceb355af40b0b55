namespace GraphApi.GraphQL.Language;

/// <summary>A Document (spec 2.2): executable and type system definitions.</summary>
public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}
