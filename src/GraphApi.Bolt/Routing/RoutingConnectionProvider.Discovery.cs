using GraphApi.Bolt.Connections;

namespace GraphApi.Bolt.Routing;

internal sealed partial class RoutingConnectionProvider
{
    /// <summary>
    /// Errors a router answers when the request itself is wrong (a database that does not exist, a bad bookmark,
    /// credentials the cluster refuses): asking another router would get the same answer, so discovery stops.
    /// </summary>
    private static readonly HashSet<string> FatalDiscoveryCodes =
    [
        "Neo.ClientError.Database.DatabaseNotFound",
        "Neo.ClientError.Transaction.InvalidBookmark",
        "Neo.ClientError.Transaction.InvalidBookmarkMixture",
        "Neo.ClientError.Statement.TypeError",
        "Neo.ClientError.Statement.ArgumentError",
        "Neo.ClientError.Request.Invalid",
    ];

    /// <summary>
    /// Asks the known routers of the database one after the other, then the router of the URI (as its resolver
    /// expands it), until one answers with a usable table: at least one router and one reader. A table that had no
    /// writer sends the next discovery to the URI's router first, where a fresh view of the leader is likelier.
    /// Each router is asked once, except that the URI's router is asked again when it was also a known router and its
    /// connection failed: that connection was dropped, and a new one resolves the router's name again, which may now
    /// lead elsewhere (a router that moved to another address, as after a restart in a container).
    /// </summary>
    private async Task<RoutingTable> DiscoverAsync(
        string? database, IReadOnlyList<string> bookmarks, string? impersonatedUser, AuthToken? sessionAuth, CancellationToken cancellationToken)
    {
        var known = _tables.TryGetValue(Key(database), out var existing) ? existing : null;
        var preferInitial = known?.FetchedWithoutWriters == true;
        var tried = new HashSet<ServerAddress>();
        var unreachable = new HashSet<ServerAddress>();
        Neo4jException? last = null;

        async Task<RoutingTable?> TryAllAsync(IEnumerable<ServerAddress> routers, bool initial)
        {
            foreach (var router in routers)
            {
                if (!tried.Add(router) && !(initial && unreachable.Remove(router)))
                {
                    continue;
                }

                try
                {
                    var table = await FetchFromAsync(router, database, bookmarks, impersonatedUser, sessionAuth, cancellationToken)
                        .ConfigureAwait(false);
                    if (table.Routers.Count > 0 && table.Readers.Count > 0)
                    {
                        return table;
                    }

                    last = new ServiceUnavailableException(
                        $"The router at {router} answered with a routing table without {(table.Routers.Count == 0 ? "routers" : "readers")}.");
                }
                catch (Neo4jException ex) when (IsFatalDuringDiscovery(ex))
                {
                    throw;
                }
                catch (Neo4jException ex) when (ex.Code == "Neo.ClientError.Procedure.ProcedureNotFound")
                {
                    throw new ServiceUnavailableException(
                        $"The server at {router} does not support routing (it has no routing procedure); use a bolt:// URI for a single server.",
                        ex);
                }
                catch (Neo4jException ex)
                {
                    last = ex;
                    if (ex is ServiceUnavailableException or SessionExpiredException or ProtocolViolationException)
                    {
                        unreachable.Add(router);
                        await ForgetAsync(router).ConfigureAwait(false);
                    }
                }
            }

            return null;
        }

        if (preferInitial
            && await TryAllAsync(await InitialRoutersAsync(cancellationToken).ConfigureAwait(false), initial: true).ConfigureAwait(false) is { } first)
        {
            return first;
        }

        if (known is not null && await TryAllAsync(known.Routers, initial: false).ConfigureAwait(false) is { } fromKnown)
        {
            return fromKnown;
        }

        if (!preferInitial
            && await TryAllAsync(await InitialRoutersAsync(cancellationToken).ConfigureAwait(false), initial: true).ConfigureAwait(false) is { } fromInitial)
        {
            return fromInitial;
        }

        throw new ServiceUnavailableException(
            $"Unable to retrieve routing information for database {DatabaseName(database)}: no router answered " +
            $"(tried {string.Join(", ", tried)}).",
            last ?? new ServiceUnavailableException("No router was known."));
    }

    private async Task<RoutingTable> FetchFromAsync(
        ServerAddress router, string? database, IReadOnlyList<string> bookmarks, string? impersonatedUser, AuthToken? sessionAuth,
        CancellationToken cancellationToken)
    {
        var pool = PoolFor(router);
        var connection = await pool.AcquireAsync(sessionAuth, forceLivenessCheck: false, forceAuthentication: false, cancellationToken).ConfigureAwait(false);
        connection.ErrorHandler = new PoolErrorHandler(pool, sessionAuth is not null);
        try
        {
            return await RoutingTableFetcher.FetchAsync(
                connection, _uri.RoutingContext, database, bookmarks, impersonatedUser, _options.TimeProvider.GetUtcNow(), cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            await pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>The URI's router, expanded by the configured resolver (for example to every member of a small cluster).</summary>
    private async Task<IReadOnlyList<ServerAddress>> InitialRoutersAsync(CancellationToken cancellationToken) =>
        _options.Resolver is { } resolve
            ? await resolve(_uri.Address, cancellationToken).ConfigureAwait(false)
            : [_uri.Address];

    private static bool IsFatalDuringDiscovery(Neo4jException error) =>
        error.Code is { } code
        && (FatalDiscoveryCodes.Contains(code)
            || (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) && code != "Neo.ClientError.Security.AuthorizationExpired"))
        || error is UnsupportedFeatureException;
}
