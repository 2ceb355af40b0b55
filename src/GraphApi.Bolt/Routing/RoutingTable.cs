namespace GraphApi.Bolt.Routing;

/// <summary>
/// One database's routing table (Neo4j driver manual, "Routing"): the members to ask for routing (routers), to read from
/// (readers) and to write to (writers), valid for the TTL the cluster gave. A member that failed is forgotten at once;
/// a table without routers, without members for the wanted access mode, or past its TTL is refreshed before use.
/// </summary>
internal sealed class RoutingTable
{
    private readonly Lock _lock = new();
    private readonly List<ServerAddress> _routers;
    private readonly List<ServerAddress> _readers;
    private readonly List<ServerAddress> _writers;

    public RoutingTable(
        string? database, IEnumerable<ServerAddress> routers, IEnumerable<ServerAddress> readers, IEnumerable<ServerAddress> writers,
        TimeSpan ttl, DateTimeOffset fetchedAt)
    {
        Database = database;
        _routers = routers.Distinct().ToList();
        _readers = readers.Distinct().ToList();
        _writers = writers.Distinct().ToList();
        Ttl = ttl;
        ExpiresAt = ttl == TimeSpan.MaxValue ? DateTimeOffset.MaxValue : fetchedAt + ttl;
        FetchedWithoutWriters = _writers.Count == 0;
    }

    /// <summary>The database the table is for, as the cluster named it (the resolved home database); null when it did not say.</summary>
    public string? Database { get; }

    public TimeSpan Ttl { get; }

    public DateTimeOffset ExpiresAt { get; }

    public IReadOnlyList<ServerAddress> Routers => Snapshot(_routers);

    public IReadOnlyList<ServerAddress> Readers => Snapshot(_readers);

    public IReadOnlyList<ServerAddress> Writers => Snapshot(_writers);

    /// <summary>
    /// The cluster named no writer when this table was fetched (an election may be under way): the next refresh asks
    /// the URI's router first, where a fresh view of the leader is likelier than at the members this table lists.
    /// </summary>
    public bool FetchedWithoutWriters { get; }

    public IReadOnlyList<ServerAddress> ServersFor(AccessMode mode) => mode == AccessMode.Read ? Readers : Writers;

    public bool IsStaleFor(AccessMode mode, DateTimeOffset now)
    {
        lock (_lock)
        {
            return now >= ExpiresAt || _routers.Count == 0 || (mode == AccessMode.Read ? _readers.Count == 0 : _writers.Count == 0);
        }
    }

    public bool Contains(ServerAddress address)
    {
        lock (_lock)
        {
            return _routers.Contains(address) || _readers.Contains(address) || _writers.Contains(address);
        }
    }

    /// <summary>The member went away: it routes, reads and writes no more until a refresh lists it again.</summary>
    public void Forget(ServerAddress address)
    {
        lock (_lock)
        {
            _routers.Remove(address);
            _readers.Remove(address);
            _writers.Remove(address);
        }
    }

    /// <summary>The member stopped being the leader (or the database became read-only there): it takes no more writes.</summary>
    public void ForgetWriter(ServerAddress address)
    {
        lock (_lock)
        {
            _writers.Remove(address);
        }
    }

    private List<ServerAddress> Snapshot(List<ServerAddress> list)
    {
        lock (_lock)
        {
            return [.. list];
        }
    }
}
