using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

internal sealed partial class BackendConnection
{
    /// <summary>Driver-level ExecuteQuery; a bookmark manager id of -1 opts out of bookmark chaining.</summary>
    private async Task ExecuteQueryAsync(JsonObject data)
    {
        var driver = Get<DriverEntry>(data["driverId"]).Driver;
        var config = data["config"] as JsonObject ?? [];
        var managerId = config["bookmarkManagerId"];
        var disabled = managerId is not null && managerId.GetValueKind() == JsonValueKind.Number && managerId.GetValue<long>() == -1;
        var queryConfig = new QueryConfig
        {
            Routing = Text(config["routing"]) == "r" ? AccessMode.Read : AccessMode.Write,
            Database = Text(config["database"]),
            ImpersonatedUser = Text(config["impersonatedUser"]),
            Auth = AuthToken(config["authorizationToken"]),
            Transaction = TransactionConfig(config),
            EnableBookmarkManager = !disabled,
            BookmarkManager = !disabled && managerId is not null && managerId.GetValueKind() == JsonValueKind.Number
                ? Get<BookmarkManagerEntry>(managerId).Manager
                : null,
        };
        var result = await driver.ExecuteQueryAsync(data["cypher"]!.GetValue<string>(), CypherValues.ToParameters(data["params"]), queryConfig)
            .ConfigureAwait(false);
        await SendAsync("EagerResult", new JsonObject
        {
            ["keys"] = new JsonArray([.. result.Keys.Select(k => JsonValue.Create(k))]),
            ["records"] = new JsonArray([.. result.Records.Select(r => (JsonNode)RecordData(r))]),
            ["summary"] = Summary(result.Summary),
        }).ConfigureAwait(false);
    }

    private async Task GetRoutingTableAsync(JsonObject data)
    {
        // A database the driver holds no table for has no known members.
        var database = Text(data["database"]);
        var table = Get<DriverEntry>(data["driverId"]).Driver.RoutingTable(database);
        static JsonArray Addresses(IEnumerable<ServerAddress>? addresses) => new([.. (addresses ?? []).Select(a => JsonValue.Create(a.ToString()))]);
        await SendAsync("RoutingTable", new JsonObject
        {
            ["database"] = table?.Database ?? database,
            ["ttl"] = table is null ? 0 : table.Ttl == TimeSpan.MaxValue ? long.MaxValue : (long)table.Ttl.TotalSeconds,
            ["routers"] = Addresses(table?.Routers),
            ["readers"] = Addresses(table?.Readers),
            ["writers"] = Addresses(table?.Writers),
        }).ConfigureAwait(false);
    }

    private async Task ForcedRoutingTableUpdateAsync(JsonObject data)
    {
        var bookmarks = data["bookmarks"] is JsonArray list ? list.Select(b => b!.GetValue<string>()).ToList() : [];
        await Get<DriverEntry>(data["driverId"]).Driver.RefreshRoutingTableAsync(Text(data["database"]), bookmarks).ConfigureAwait(false);
        await SendAsync("Driver", new JsonObject { ["id"] = data["driverId"]!.GetValue<long>() }).ConfigureAwait(false);
    }
}
