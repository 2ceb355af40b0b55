namespace GraphApi.Bolt.Testkit;

/// <summary>
/// The clock the backend gives every driver it creates (TestKit's Backend:MockTime): the system clock, until TestKit
/// installs fake time, which then stands still and moves only when TestKit ticks it.
/// </summary>
internal sealed class SwitchableTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _frozenAt;
    private long _frozenTimestamp;
    private TimeSpan _advanced;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _frozenAt is { } frozen ? frozen + _advanced : System.GetUtcNow();
        }
    }

    public override long GetTimestamp()
    {
        lock (_lock)
        {
            return _frozenAt is null
                ? Ticks(System.GetTimestamp())
                : _frozenTimestamp + _advanced.Ticks;
        }
    }

    public void Install()
    {
        lock (_lock)
        {
            _frozenAt = System.GetUtcNow();
            _frozenTimestamp = Ticks(System.GetTimestamp());
            _advanced = TimeSpan.Zero;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _advanced += by;
        }
    }

    public void Uninstall()
    {
        lock (_lock)
        {
            _frozenAt = null;
        }
    }

    private static long Ticks(long systemTimestamp) =>
        (long)(systemTimestamp * ((double)TimeSpan.TicksPerSecond / System.TimestampFrequency));
}
