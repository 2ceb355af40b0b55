using GraphApi.Bolt.Connections;
using GraphApi.Bolt.Messages;
using GraphApi.Bolt.Protocol;

namespace GraphApi.Bolt.Routing;

/// <summary>
/// Asks one router for a database's routing table: the ROUTE message from Bolt 4.3, before that the routing procedure
/// (<c>dbms.routing.getRoutingTable</c> on the system database for 4.0-4.2, <c>dbms.cluster.routing.getRoutingTable</c>
/// for 3.x). Either way the answer is a TTL in seconds and a list of {addresses, role} with roles ROUTE, READ and WRITE.
/// </summary>
internal static class RoutingTableFetcher
{
    private const string ProcedureV3 = "CALL dbms.cluster.routing.getRoutingTable($context)";
    private const string ProcedureV4 = "CALL dbms.routing.getRoutingTable($context, $database)";

    public static async Task<RoutingTable> FetchAsync(
        BoltConnection connection,
        IReadOnlyDictionary<string, object?> routingContext,
        string? database,
        IReadOnlyList<string> bookmarks,
        string? impersonatedUser,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var format = connection.Format;
        if (impersonatedUser is not null && !format.HasImpersonation)
        {
            throw new UnsupportedFeatureException(
                $"Impersonating '{impersonatedUser}' needs Bolt 4.4 (Neo4j 4.4) or later; the router at {connection.Address} speaks Bolt {connection.Version}.");
        }

        if (format.HasRoute)
        {
            var route = new RouteMessage(routingContext, bookmarks, database, impersonatedUser);
            var success = await connection.RequestAsync(route, cancellationToken).ConfigureAwait(false);
            var rt = success.Metadata.TryGetValue("rt", out var value) ? value as IReadOnlyDictionary<string, object?> : null;
            return Parse(
                rt?.GetValueOrDefault("ttl"), rt?.GetValueOrDefault("servers"), rt?.GetValueOrDefault("db") as string ?? database, now,
                connection.Address);
        }

        if (database is not null && !format.HasDatabases)
        {
            throw new UnsupportedFeatureException(
                $"The router at {connection.Address} speaks Bolt {connection.Version}, which knows no databases; '{database}' cannot be routed to.");
        }

        var (query, parameters) = format.HasDatabases
            ? (ProcedureV4, new Dictionary<string, object?> { ["context"] = routingContext, ["database"] = database })
            : (ProcedureV3, new Dictionary<string, object?> { ["context"] = routingContext });
        // Before 4.0 there is one database, and the procedure call waits for no bookmark.
        var extra = format.TransactionExtra(new TransactionParameters(
            format.HasDatabases ? bookmarks : [], AccessMode.Read, format.HasDatabases ? "system" : null, null, TransactionConfig.Empty, null));
        var run = format.Run(query, parameters, extra);
        connection.Enqueue(run);
        var pull = format.Pull(-1);
        connection.Enqueue(pull);
        connection.StartAutoCommit();
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var header = await connection.ReceiveSummaryAsync(run, cancellationToken).ConfigureAwait(false);
        var fields = header.Metadata.TryGetValue("fields", out var f) && f is IReadOnlyList<object?> names ? names : [];
        RecordMessage? record = null;
        while (await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false) is RecordMessage next)
        {
            record ??= next;
        }

        connection.CompleteResult();

        if (record is null)
        {
            throw new ProtocolViolationException($"The routing procedure on {connection.Address} returned no record.");
        }

        var ttl = record.Values.ElementAtOrDefault(IndexOf(fields, "ttl", 0));
        var servers = record.Values.ElementAtOrDefault(IndexOf(fields, "servers", 1));
        return Parse(ttl, servers, database, now, connection.Address);
    }

    private static int IndexOf(IReadOnlyList<object?> fields, string name, int fallback)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] as string == name)
            {
                return i;
            }
        }

        return fallback;
    }

    private static RoutingTable Parse(object? ttl, object? servers, string? database, DateTimeOffset now, ServerAddress router)
    {
        if (ttl is not long seconds || servers is not IReadOnlyList<object?> entries)
        {
            throw new ProtocolViolationException(
                $"The router at {router} answered with a routing table that lacks a TTL or a server list.");
        }

        var routers = new List<ServerAddress>();
        var readers = new List<ServerAddress>();
        var writers = new List<ServerAddress>();
        foreach (var entry in entries)
        {
            if (entry is not IReadOnlyDictionary<string, object?> server
                || server.GetValueOrDefault("addresses") is not IReadOnlyList<object?> addresses)
            {
                throw new ProtocolViolationException($"The router at {router} sent a routing table entry without addresses.");
            }

            var target = (server.GetValueOrDefault("role") as string) switch
            {
                "ROUTE" => routers,
                "READ" => readers,
                "WRITE" => writers,
                var role => throw new ProtocolViolationException(
                    $"The router at {router} sent the role '{role}'; a routing table knows ROUTE, READ and WRITE."),
            };
            target.AddRange(addresses.OfType<string>().Select(ServerAddress.Parse));
        }

        var lifetime = seconds <= 0 ? TimeSpan.Zero : seconds >= (long)TimeSpan.MaxValue.TotalSeconds ? TimeSpan.MaxValue : TimeSpan.FromSeconds(seconds);
        return new RoutingTable(database, routers, readers, writers, lifetime, now);
    }
}
