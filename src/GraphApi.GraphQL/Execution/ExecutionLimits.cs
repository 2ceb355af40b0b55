namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Bounds on what a request may ask for, checked on the validated document before execution so an abusive query
/// costs little. Violations are GraphQL errors, never exceptions. The defaults let GraphiQL's full introspection
/// query and <c>first: 200</c> pages through.
/// </summary>
public sealed record ExecutionLimits
{
    public static ExecutionLimits Default { get; } = new();

    /// <summary>No limits at all.</summary>
    public static ExecutionLimits None { get; } = new()
    {
        MaxDepth = int.MaxValue,
        MaxFieldsPerSelectionSet = int.MaxValue,
        MaxTotalFields = int.MaxValue,
        MaxCost = int.MaxValue,
        MaxValidationErrors = 100,
        Timeout = null,
    };

    /// <summary>Deepest field nesting; the introspection query reaches 13 through <c>ofType</c>.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Most fields (aliases included) in one selection set.</summary>
    public int MaxFieldsPerSelectionSet { get; init; } = 100;

    /// <summary>Most field selections in the whole operation, fragments expanded.</summary>
    public int MaxTotalFields { get; init; } = 2000;

    /// <summary>
    /// Most estimated resolver calls: each field costs 1, multiplied by the list sizes of its ancestors, where a list's
    /// size is its <c>first</c> or <c>last</c> argument, or that of the connection field right above it (Relay's
    /// <c>people(first: 50) { nodes { … } }</c>), or <see cref="DefaultListSize"/>. Lists of introspection types
    /// count once, since the schema bounds them.
    /// </summary>
    public int MaxCost { get; init; } = 50_000;

    /// <summary>Assumed size of a list field without <c>first</c>/<c>last</c>.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Validation stops after this many errors (house style §7).</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>Execution is cancelled after this long; null means no timeout.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
