namespace GraphApi.Bolt;

/// <summary>
/// The execution plan of an EXPLAIN (or, with <see cref="ProfiledStatistics"/>, a PROFILE): operator, arguments,
/// identifiers and child operators, as the server described them.
/// </summary>
public sealed record Plan(
    string OperatorType,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyList<string> Identifiers,
    IReadOnlyList<Plan> Children,
    IReadOnlyDictionary<string, object?>? ProfiledStatistics)
{
    internal static Plan? From(object? value, bool profiled)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return null;
        }

        var children = map.GetValueOrDefault("children") as IReadOnlyList<object?> ?? [];
        IReadOnlyDictionary<string, object?>? statistics = null;
        if (profiled)
        {
            statistics = map.Where(p => p.Key is not ("operatorType" or "args" or "identifiers" or "children"))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }

        return new Plan(
            map.GetValueOrDefault("operatorType") as string ?? string.Empty,
            map.GetValueOrDefault("args") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
            (map.GetValueOrDefault("identifiers") as IReadOnlyList<object?> ?? []).OfType<string>().ToList(),
            children.Select(child => From(child, profiled)).OfType<Plan>().ToList(),
            statistics);
    }
}
