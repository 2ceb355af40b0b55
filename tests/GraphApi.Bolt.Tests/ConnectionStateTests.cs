using GraphApi.Bolt.Connections;
using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>
/// The connection moves through the Bolt server states only by its own transition methods, and refuses a move the
/// state machine does not allow (a query outside a transaction it never began, a commit with no transaction, a second
/// auto-commit query while one streams) instead of letting the client and the server disagree about where they are.
/// </summary>
public class ConnectionStateTests
{
    [Fact]
    public async Task Transitions_follow_the_Bolt_state_machine_and_illegal_moves_are_refused()
    {
        await using var server = StubServer.Start(Conversation.Open("5.4") + Conversation.Close("5.4"));
        var settings = new ConnectionSettings(
            "test", EncryptionMode.None, null, TimeSpan.FromSeconds(5), null, null, null, TelemetryDisabled: true,
            TimeProvider.System, new DriverMetrics(), null);
        var connection = await BoltConnection.OpenAsync(
            new ServerAddress("127.0.0.1", server.Port), AuthTokens.Basic(Conversation.User, Conversation.Password), settings, CancellationToken.None);
        await using (connection)
        {
            Assert.Equal(ConnectionState.Ready, connection.State);
            AssertRefused(connection.StartTransactionQuery, "Ready");
            AssertRefused(connection.CompleteTransaction, "Ready");

            connection.StartAutoCommit();
            Assert.Equal(ConnectionState.Streaming, connection.State);
            AssertRefused(connection.StartAutoCommit, "Streaming");
            AssertRefused(connection.StartTransaction, "Streaming");
            connection.CompleteResult();
            Assert.Equal(ConnectionState.Ready, connection.State);

            connection.StartTransaction();
            Assert.Equal(ConnectionState.TxReady, connection.State);
            AssertRefused(connection.StartTransaction, "TxReady");
            connection.StartTransactionQuery();
            connection.StartTransactionQuery();
            Assert.Equal(ConnectionState.TxStreaming, connection.State);
            AssertRefused(connection.CompleteTransaction, "TxStreaming");
            connection.CompleteResult();
            Assert.Equal(ConnectionState.TxReady, connection.State);
            connection.CompleteTransaction();
            Assert.Equal(ConnectionState.Ready, connection.State);

            // A result that completes after the connection went back to READY (a RESET or a failure) changes nothing.
            connection.CompleteResult();
            Assert.Equal(ConnectionState.Ready, connection.State);
        }

        Assert.Equal(ConnectionState.Closed, connection.State);
        await server.DoneAsync();
    }

    private static void AssertRefused(Action move, string from)
    {
        var error = Assert.Throws<InvalidOperationException>(move);
        Assert.Contains($"is {from};", error.Message, StringComparison.Ordinal);
    }
}
