namespace GraphApi.GraphQL.Language;

/// <summary>A Definition (spec 2.2): either executable (operations, fragments) or type system.</summary>
public abstract class DefinitionNode(Location location) : SyntaxNode(location);
