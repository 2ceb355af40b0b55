using GraphApi.Bolt.Messages;

namespace GraphApi.Bolt.Connections;

internal sealed partial class BoltConnection
{
    /// <summary>
    /// After a FAILURE the server answers IGNORED to everything already pipelined, then needs RESET
    /// (ACK_FAILURE on Bolt 1-2 inside an explicit transaction) before it accepts work again (Bolt server states,
    /// "FAILED"). RESET also ends an explicit transaction; ACK_FAILURE does not: Neo4j 3.x keeps the transaction (even
    /// after its COMMIT statement failed) until ROLLBACK or RESET, and answers the next BEGIN with "Nested transactions
    /// are not supported". So a connection that failed inside a transaction stays in it here, and the pool resets it
    /// before anyone else gets it. Outside a transaction Bolt 1 gets RESET too: Neo4j 3.1 keeps a failed auto-commit
    /// query's transaction through ACK_FAILURE (<see cref="Protocol.MessageFormat.AcknowledgeFailure"/>).
    /// Returns the server's error for the caller to throw.
    /// </summary>
    private async ValueTask<Neo4jException> RecoverAsync(FailureMessage failure, PendingRequest request, CancellationToken cancellationToken)
    {
        var inTransaction = State is ConnectionState.TxReady or ConnectionState.TxStreaming;
        State = ConnectionState.Failed;
        var error = failure.ToException();
        try
        {
            while (_pending.Count > 0)
            {
                var response = await ReadRawAsync(cancellationToken).ConfigureAwait(false);
                if (response is not RecordMessage)
                {
                    _pending.Dequeue();
                }
            }

            if (error.IsSecurityError)
            {
                // An authentication failure leaves the connection unauthenticated: it is closed, not reset.
                MarkDefunct(error);
            }
            else
            {
                var acknowledge = _format.AcknowledgeFailure(inTransaction);
                Enqueue(acknowledge);
                await FlushAsync(cancellationToken).ConfigureAwait(false);
                var reply = await ReadRawAsync(cancellationToken).ConfigureAwait(false);
                _pending.Dequeue();
                if (reply is not SuccessMessage)
                {
                    await BreakAsync(new ProtocolViolationException(
                        $"The server answered {acknowledge.Name} with {reply.Name} after a failure of {request.Name}; the connection was closed."))
                        .ConfigureAwait(false);
                }
                else
                {
                    State = inTransaction && acknowledge is AckFailureMessage ? ConnectionState.TxReady : ConnectionState.Ready;
                }
            }
        }
        catch (Neo4jException)
        {
            // The connection broke while recovering; the original failure is still what the caller needs to see.
        }

        return ErrorHandler is { } handler ? await handler.OnServerFailureAsync(this, error).ConfigureAwait(false) : error;
    }

    /// <summary>RESET: ends any transaction or stream and returns to READY. Also the pool's liveness check.</summary>
    public async ValueTask ResetAsync(CancellationToken cancellationToken)
    {
        await RequestAsync(ResetMessage.Instance, cancellationToken).ConfigureAwait(false);
        State = ConnectionState.Ready;
    }
}
