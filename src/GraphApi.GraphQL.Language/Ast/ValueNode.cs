namespace GraphApi.GraphQL.Language;

/// <summary>A Value literal (spec 2.9) or a variable (2.10).</summary>
public abstract class ValueNode(Location location) : SyntaxNode(location);
