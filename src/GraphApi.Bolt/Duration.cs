namespace GraphApi.Bolt;

/// <summary>
/// A Cypher duration (Bolt structure 0x45): months, days, seconds and nanoseconds are kept apart because a
/// month or a day has no fixed length.
/// </summary>
public sealed record Duration(long Months, long Days, long Seconds, int Nanoseconds)
{
    /// <summary>A <see cref="TimeSpan"/> becomes days, seconds and nanoseconds (100 ns resolution).</summary>
    public static Duration FromTimeSpan(TimeSpan span)
    {
        var days = span.Days;
        var rest = span - TimeSpan.FromDays(days);
        var seconds = (long)Math.Floor(rest.TotalSeconds);
        var nanoseconds = (int)((rest.Ticks - (seconds * TimeSpan.TicksPerSecond)) * 100);
        return new Duration(0, days, seconds, nanoseconds);
    }
}
