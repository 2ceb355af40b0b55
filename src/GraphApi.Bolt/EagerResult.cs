namespace GraphApi.Bolt;

/// <summary>Every record of a query with its keys and summary, as the driver-level ExecuteQuery returns it.</summary>
public sealed record EagerResult(IReadOnlyList<string> Keys, IReadOnlyList<Record> Records, ResultSummary Summary);
