namespace GraphApi.Bolt.Connections;

/// <summary>
/// Client-side view of the Bolt server state machine (Bolt server states: CONNECTED, READY, STREAMING,
/// TX_READY, TX_STREAMING, FAILED, DEFUNCT). Only <see cref="BoltConnection"/> changes it, through transition
/// methods that reject a move the protocol does not allow.
/// </summary>
internal enum ConnectionState
{
    /// <summary>Socket open, handshake and authentication not finished.</summary>
    Connected,

    /// <summary>Authenticated and idle, outside a transaction.</summary>
    Ready,

    /// <summary>An auto-commit result is being streamed.</summary>
    Streaming,

    /// <summary>Inside an explicit transaction, no result open.</summary>
    TxReady,

    /// <summary>Inside an explicit transaction with a result open.</summary>
    TxStreaming,

    /// <summary>The server reported FAILURE; a RESET (ACK_FAILURE in a v1 transaction) is needed before further work.</summary>
    Failed,

    /// <summary>I/O failed or the protocol lost sync: the connection can never be used again.</summary>
    Defunct,

    /// <summary>Closed on purpose (GOODBYE sent).</summary>
    Closed,
}
