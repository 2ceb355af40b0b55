using GraphApi.PackStream;

namespace GraphApi.Bolt.Protocol;

/// <summary>
/// Temporal and spatial values both ways (Bolt structure semantics, "Temporal types" and "Spatial types").
/// From 5.0, and on 4.3-4.4 when the server accepted the "utc" patch, DateTime (0x49) and DateTimeZoneId (0x69) carry
/// UTC seconds; otherwise 0x46 and 0x66 carry local seconds. .NET ticks are 100 ns, so nanoseconds below that are
/// dropped when hydrating.
/// </summary>
internal sealed class TemporalStructures(bool utc)
{
    public const byte Date = 0x44;
    public const byte Time = 0x54;
    public const byte LocalTime = 0x74;
    public const byte LocalDateTime = 0x64;
    public const byte DateTimeUtc = 0x49;
    public const byte DateTimeZoneIdUtc = 0x69;
    public const byte LegacyDateTime = 0x46;
    public const byte LegacyDateTimeZoneId = 0x66;
    public const byte DurationTag = 0x45;
    public const byte Point2D = 0x58;
    public const byte Point3D = 0x59;

    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public object? Hydrate(PackStreamStructure s) => s.Tag switch
    {
        Date => DateOnly.FromDateTime(Epoch.AddDays(Long(s, 0))),
        LocalTime => TimeOnly.FromTimeSpan(TimeSpan.FromTicks(Long(s, 0) / 100)),
        Time => new OffsetTime(TimeOnly.FromTimeSpan(TimeSpan.FromTicks(Long(s, 0) / 100)), TimeSpan.FromSeconds(Long(s, 1))),
        LocalDateTime => At(Long(s, 0), Long(s, 1)),
        DateTimeUtc when utc => new DateTimeOffset(At(Long(s, 0), Long(s, 1)), TimeSpan.Zero).ToOffset(TimeSpan.FromSeconds(Long(s, 2))),
        LegacyDateTime when !utc => new DateTimeOffset(At(Long(s, 0), Long(s, 1)), TimeSpan.FromSeconds(Long(s, 2))),
        DateTimeZoneIdUtc when utc => ZonedDateTime.FromInstant(new DateTimeOffset(At(Long(s, 0), Long(s, 1)), TimeSpan.Zero), Text(s, 2)),
        LegacyDateTimeZoneId when !utc => ZonedDateTime.FromLocal(At(Long(s, 0), Long(s, 1)), Text(s, 2)),
        DurationTag => new Duration(Long(s, 0), Long(s, 1), Long(s, 2), (int)Long(s, 3)),
        Point2D => new Point((int)Long(s, 0), Double(s, 1), Double(s, 2)),
        Point3D => new Point((int)Long(s, 0), Double(s, 1), Double(s, 2), Double(s, 3)),
        _ => s,
    };

    /// <summary>CLR values sent as parameters; null for anything that is not temporal or spatial.</summary>
    public PackStreamStructure? Dehydrate(object value) => value switch
    {
        DateOnly date => new PackStreamStructure(Date, [(long)date.DayNumber - DateOnly.FromDateTime(Epoch).DayNumber]),
        TimeOnly time => new PackStreamStructure(LocalTime, [time.Ticks * 100]),
        OffsetTime t => new PackStreamStructure(Time, [t.Time.Ticks * 100, (long)t.Offset.TotalSeconds]),
        DateTime dt => WithSeconds(LocalDateTime, dt.Ticks - Epoch.Ticks),
        DateTimeOffset dto when utc => WithSeconds(DateTimeUtc, dto.UtcTicks - Epoch.Ticks, (long)dto.Offset.TotalSeconds),
        DateTimeOffset dto => WithSeconds(LegacyDateTime, dto.Ticks - Epoch.Ticks, (long)dto.Offset.TotalSeconds),
        ZonedDateTime z when utc => WithSeconds(DateTimeZoneIdUtc, z.Instant.UtcTicks - Epoch.Ticks, z.ZoneId),
        ZonedDateTime z => WithSeconds(LegacyDateTimeZoneId, z.LocalDateTime.Ticks - Epoch.Ticks, z.ZoneId),
        Duration d => new PackStreamStructure(DurationTag, [d.Months, d.Days, d.Seconds, (long)d.Nanoseconds]),
        TimeSpan span => Dehydrate(Bolt.Duration.FromTimeSpan(span)),
        Point { Z: null } p => new PackStreamStructure(Point2D, [(long)p.Srid, p.X, p.Y]),
        Point p => new PackStreamStructure(Point3D, [(long)p.Srid, p.X, p.Y, p.Z]),
        _ => null,
    };

    private static PackStreamStructure WithSeconds(byte tag, long ticksSinceEpoch, object? last = null)
    {
        var seconds = Math.DivRem(ticksSinceEpoch, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return last is null
            ? new PackStreamStructure(tag, [seconds, remainder * 100])
            : new PackStreamStructure(tag, [seconds, remainder * 100, last]);
    }

    private static DateTime At(long seconds, long nanoseconds) =>
        Epoch.AddTicks((seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100));

    private static long Long(PackStreamStructure s, int index) =>
        index < s.Fields.Count && s.Fields[index] is long value ? value : throw Malformed(s, index, "an integer");

    private static double Double(PackStreamStructure s, int index) =>
        index < s.Fields.Count && s.Fields[index] is double value ? value : throw Malformed(s, index, "a float");

    private static string Text(PackStreamStructure s, int index) =>
        index < s.Fields.Count && s.Fields[index] is string value ? value : throw Malformed(s, index, "a string");

    private static ProtocolViolationException Malformed(PackStreamStructure s, int index, string expected) =>
        new($"Field {index} of structure 0x{s.Tag:X2} should be {expected}.");
}
