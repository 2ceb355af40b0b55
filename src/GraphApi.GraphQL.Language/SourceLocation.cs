namespace GraphApi.GraphQL.Language;

/// <summary>A 1-based line and column in a <see cref="Source"/>, as GraphQL error locations report them (spec 7.1.2).</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
