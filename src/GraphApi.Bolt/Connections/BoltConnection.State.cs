namespace GraphApi.Bolt.Connections;

internal sealed partial class BoltConnection
{
    /// <summary>
    /// The moves of the Bolt server state machine that the client drives, and the states each may start from. A
    /// FAILURE (any live state to FAILED), RESET (to READY), a broken connection (DEFUNCT) and GOODBYE (CLOSED) are
    /// handled inside the connection itself.
    /// </summary>
    private static readonly Dictionary<(ConnectionState From, ConnectionState To), string> Moves = new()
    {
        [(ConnectionState.Connected, ConnectionState.Ready)] = "authenticated",
        [(ConnectionState.Ready, ConnectionState.Streaming)] = "auto-commit RUN",
        [(ConnectionState.Streaming, ConnectionState.Ready)] = "auto-commit result complete",
        [(ConnectionState.Ready, ConnectionState.TxReady)] = "BEGIN",
        [(ConnectionState.TxReady, ConnectionState.TxStreaming)] = "RUN in a transaction",
        [(ConnectionState.TxStreaming, ConnectionState.TxStreaming)] = "another RUN while a transaction's result is open (4.0+)",
        [(ConnectionState.TxStreaming, ConnectionState.TxReady)] = "transaction result complete",
        [(ConnectionState.TxReady, ConnectionState.Ready)] = "COMMIT or ROLLBACK",
    };

    public ConnectionState State { get; private set; } = ConnectionState.Connected;

    public bool IsBroken => State is ConnectionState.Defunct or ConnectionState.Closed;

    /// <summary>An auto-commit query was sent (RUN outside a transaction).</summary>
    public void StartAutoCommit() => MoveTo(ConnectionState.Streaming);

    /// <summary>An explicit transaction was opened (BEGIN, or v1's "BEGIN" statement).</summary>
    public void StartTransaction() => MoveTo(ConnectionState.TxReady);

    /// <summary>A query was sent inside the open transaction (from 4.0 while others still stream).</summary>
    public void StartTransactionQuery() => MoveTo(ConnectionState.TxStreaming);

    /// <summary>
    /// The open result got its final SUCCESS. After a FAILURE the connection was already reset (or broken), and the
    /// result's completion changes nothing.
    /// </summary>
    public void CompleteResult()
    {
        switch (State)
        {
            case ConnectionState.Streaming:
                MoveTo(ConnectionState.Ready);
                break;
            case ConnectionState.TxStreaming:
                MoveTo(ConnectionState.TxReady);
                break;
            case ConnectionState.Ready or ConnectionState.Failed or ConnectionState.Defunct or ConnectionState.Closed:
                break;
            default:
                throw IllegalMove(State, "a result completed");
        }
    }

    /// <summary>COMMIT or ROLLBACK succeeded.</summary>
    public void CompleteTransaction() => MoveTo(ConnectionState.Ready);

    private void MoveTo(ConnectionState next)
    {
        if (!Moves.ContainsKey((State, next)))
        {
            throw IllegalMove(State, $"moving to {next}");
        }

        State = next;
    }

    private InvalidOperationException IllegalMove(ConnectionState from, string what) =>
        new($"The connection to {Address} is {from}; {what} is not a move the Bolt state machine allows.");
}
