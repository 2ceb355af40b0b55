namespace GraphApi.Bolt;

/// <summary>Where in the query text a notification points: character offset, line and column (1-based).</summary>
public sealed record InputPosition(long Offset, long Line, long Column)
{
    internal static InputPosition? From(object? value) =>
        value is IReadOnlyDictionary<string, object?> map
            && map.GetValueOrDefault("offset") is long offset
            && map.GetValueOrDefault("line") is long line
            && map.GetValueOrDefault("column") is long column
            ? new InputPosition(offset, line, column)
            : null;
}
