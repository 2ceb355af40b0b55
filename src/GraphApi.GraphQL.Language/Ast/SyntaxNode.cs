namespace GraphApi.GraphQL.Language;

/// <summary>
/// The base of every immutable AST node. Lists are exposed as <see cref="IReadOnlyList{T}"/> backed by arrays,
/// because the validator and executor walk them on every request.
/// </summary>
public abstract class SyntaxNode(Location location)
{
    public abstract NodeKind Kind { get; }

    public Location Location { get; } = location;

    /// <summary>The node printed as GraphQL source.</summary>
    public override string ToString() => SyntaxPrinter.Print(this);
}
