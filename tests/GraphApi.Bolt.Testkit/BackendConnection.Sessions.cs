using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

internal sealed partial class BackendConnection
{
    private async Task NewSessionAsync(JsonObject data)
    {
        var driver = Get<DriverEntry>(data["driverId"]).Driver;
        var session = driver.AsyncSession(config =>
        {
            config.DefaultAccessMode = data["accessMode"]?.GetValue<string>() == "r" ? AccessMode.Read : AccessMode.Write;
            config.Bookmarks = data["bookmarks"] is JsonArray bookmarks ? [.. bookmarks.Select(b => b!.GetValue<string>())] : [];
            config.Database = Text(data["database"]);
            config.ImpersonatedUser = Text(data["impersonatedUser"]);
            config.Auth = AuthToken(data["authorizationToken"]);
            if (data["fetchSize"] is { } fetchSize && fetchSize.GetValueKind() != JsonValueKind.Null)
            {
                config.FetchSize = fetchSize.GetValue<long>();
            }

            if (data["bookmarkManagerId"] is { } managerId && managerId.GetValueKind() != JsonValueKind.Null)
            {
                config.BookmarkManager = Get<BookmarkManagerEntry>(managerId).Manager;
            }

            config.Notifications = Notifications(data);
        });
        await SendAsync("Session", new JsonObject { ["id"] = Register(new SessionEntry(session)) }).ConfigureAwait(false);
    }

    private async Task SessionCloseAsync(JsonObject data)
    {
        await Get<SessionEntry>(data["sessionId"]).Session.CloseAsync().ConfigureAwait(false);
        await SendAsync("Session", new JsonObject { ["id"] = data["sessionId"]!.GetValue<long>() }).ConfigureAwait(false);
    }

    private async Task SessionRunAsync(JsonObject data)
    {
        var session = Get<SessionEntry>(data["sessionId"]).Session;
        var result = await session.RunAsync(
            data["cypher"]!.GetValue<string>(), CypherValues.ToParameters(data["params"]), TransactionConfig(data)).ConfigureAwait(false);
        await SendResultAsync(result).ConfigureAwait(false);
    }

    private async Task SessionBeginTransactionAsync(JsonObject data)
    {
        var session = Get<SessionEntry>(data["sessionId"]).Session;
        var transaction = await session.BeginTransactionAsync(null, TransactionConfig(data)).ConfigureAwait(false);
        await SendAsync("Transaction", new JsonObject { ["id"] = Register(new TransactionEntry(transaction)) }).ConfigureAwait(false);
    }

    /// <summary>
    /// A managed transaction whose work TestKit performs: each attempt registers the transaction and answers
    /// RetryableTry, then waits for TestKit's verdict. The outcome (RetryableDone, or the error) is this request's last
    /// answer; it is sent from here, after the driver stopped retrying.
    /// </summary>
    private async Task SessionManagedTransactionAsync(JsonObject data, AccessMode mode)
    {
        var entry = Get<SessionEntry>(data["sessionId"]);
        async Task<bool> Work(AsyncTransaction transaction)
        {
            await SendAsync("RetryableTry", new JsonObject { ["id"] = Register(new TransactionEntry(transaction)) }).ConfigureAwait(false);
            var (verdict, details) = await entry.NextVerdictAsync().ConfigureAwait(false);
            if (verdict == "RetryablePositive")
            {
                return true;
            }

            throw details["errorId"] is { } errorId && errorId.GetValueKind() == JsonValueKind.Number
                && _objects.TryGetValue(errorId.GetValue<long>(), out var error) && error is Exception driverError
                ? driverError
                : new FrontendException("TestKit's transaction function failed.");
        }

        var config = TransactionConfig(data);
        if (mode == AccessMode.Read)
        {
            await entry.Session.ExecuteReadAsync(Work, config).ConfigureAwait(false);
        }
        else
        {
            await entry.Session.ExecuteWriteAsync(Work, config).ConfigureAwait(false);
        }

        await SendAsync("RetryableDone", []).ConfigureAwait(false);
    }

    private async Task SessionLastBookmarksAsync(JsonObject data)
    {
        var bookmarks = Get<SessionEntry>(data["sessionId"]).Session.LastBookmarks;
        await SendAsync("Bookmarks", new JsonObject { ["bookmarks"] = new JsonArray([.. bookmarks.Select(b => JsonValue.Create(b))]) }).ConfigureAwait(false);
    }

    private static TransactionConfig TransactionConfig(JsonObject data) => new()
    {
        Timeout = data["timeout"] is { } timeout && timeout.GetValueKind() != JsonValueKind.Null
            ? TimeSpan.FromMilliseconds(timeout.GetValue<double>())
            : null,
        Metadata = data["txMeta"] is JsonObject meta ? CypherValues.ToParameters(meta) : null,
    };

    private static NotificationConfig? Notifications(JsonObject data)
    {
        var severity = Text(data["notificationsMinSeverity"]);
        var disabled = data["notificationsDisabledCategories"] as JsonArray;
        return severity is null && disabled is null
            ? null
            : new NotificationConfig { MinimumSeverity = severity, DisabledCategories = disabled?.Select(c => c!.GetValue<string>()).ToList() };
    }

    private static string? Text(JsonNode? node) =>
        node is null || node.GetValueKind() == JsonValueKind.Null ? null : node.GetValue<string>();
}
