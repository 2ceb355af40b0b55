namespace GraphApi.Bolt;

/// <summary>
/// Counters other code can read, for example to count Cypher round trips per GraphQL request. A round trip
/// is one batch of requests flushed to the server whose replies are then awaited (a pipelined RUN + PULL
/// counts once; the handshake and authentication count too; GOODBYE does not, as nothing is awaited).
/// </summary>
public sealed class DriverMetrics
{
    private long _roundTrips;
    private long _connectionsOpened;

    public long RoundTrips => Interlocked.Read(ref _roundTrips);

    /// <summary>Connections that agreed on a Bolt version (a server refusing an offer before a retry is not counted).</summary>
    public long ConnectionsOpened => Interlocked.Read(ref _connectionsOpened);

    internal void RecordRoundTrip() => Interlocked.Increment(ref _roundTrips);

    internal void RecordConnectionOpened() => Interlocked.Increment(ref _connectionsOpened);
}
