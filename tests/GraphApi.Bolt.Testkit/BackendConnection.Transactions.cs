using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

internal sealed partial class BackendConnection
{
    private async Task TransactionRunAsync(JsonObject data)
    {
        var transaction = Get<TransactionEntry>(data["txId"]).Transaction;
        var result = await transaction.RunAsync(data["cypher"]!.GetValue<string>(), CypherValues.ToParameters(data["params"])).ConfigureAwait(false);
        await SendResultAsync(result).ConfigureAwait(false);
    }

    private async Task TransactionCommitAsync(JsonObject data)
    {
        await Get<TransactionEntry>(data["txId"]).Transaction.CommitAsync().ConfigureAwait(false);
        await SendAsync("Transaction", new JsonObject { ["id"] = data["txId"]!.GetValue<long>() }).ConfigureAwait(false);
    }

    private async Task TransactionRollbackAsync(JsonObject data)
    {
        await Get<TransactionEntry>(data["txId"]).Transaction.RollbackAsync().ConfigureAwait(false);
        await SendAsync("Transaction", new JsonObject { ["id"] = data["txId"]!.GetValue<long>() }).ConfigureAwait(false);
    }

    /// <summary>Closing rolls back a transaction that is still open and is a no-op on one that ended.</summary>
    private async Task TransactionCloseAsync(JsonObject data)
    {
        await Get<TransactionEntry>(data["txId"]).Transaction.CloseAsync().ConfigureAwait(false);
        await SendAsync("Transaction", new JsonObject { ["id"] = data["txId"]!.GetValue<long>() }).ConfigureAwait(false);
    }
}
