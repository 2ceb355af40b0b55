namespace GraphApi.GraphQL.Language;

/// <summary>
/// Where a syntax node came from: UTF-16 offsets <see cref="Start"/> (inclusive) and <see cref="End"/> (exclusive)
/// in <see cref="Source"/>. A struct, so that nodes carry it without another allocation; nodes built in code use <c>default</c>.
/// </summary>
public readonly record struct Location(int Start, int End, Source? Source)
{
    /// <summary>The 1-based line and column of <see cref="Start"/>, or <c>null</c> for a node built in code.</summary>
    public SourceLocation? StartLocation => Source?.GetLocation(Start);
}
