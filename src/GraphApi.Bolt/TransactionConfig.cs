namespace GraphApi.Bolt;

/// <summary>
/// Per-transaction settings sent in BEGIN or an auto-commit RUN (Bolt 3+): a server-side timeout and metadata that
/// shows up in the server's query log and <c>SHOW TRANSACTIONS</c>.
/// </summary>
public sealed class TransactionConfig
{
    public static TransactionConfig Empty { get; } = new();

    /// <summary>Null leaves the server's default; zero means no timeout. Sent in whole milliseconds.</summary>
    public TimeSpan? Timeout { get; init; }

    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }

    internal void Validate()
    {
        if (Timeout is { } timeout && timeout < TimeSpan.Zero)
        {
            throw new ArgumentException($"A transaction timeout cannot be negative; got {timeout}.");
        }
    }
}
