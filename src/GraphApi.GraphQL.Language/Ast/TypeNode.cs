namespace GraphApi.GraphQL.Language;

/// <summary>A type reference (spec 2.11): named, list or non-null.</summary>
public abstract class TypeNode(Location location) : SyntaxNode(location);
