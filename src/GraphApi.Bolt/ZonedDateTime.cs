namespace GraphApi.Bolt;

/// <summary>
/// A date-time in a named time zone (Bolt structures 0x69, and 0x66 before 5.0 unless patched). The offset is the one
/// the zone has at that moment, looked up in the time-zone database, so <see cref="Instant"/> is always known.
/// </summary>
public sealed record ZonedDateTime(DateTime LocalDateTime, TimeSpan Offset, string ZoneId)
{
    public DateTimeOffset Instant => new(DateTime.SpecifyKind(LocalDateTime, DateTimeKind.Unspecified), Offset);

    /// <summary>The moment <paramref name="instant"/> seen in <paramref name="zoneId"/>; throws when the zone is unknown.</summary>
    public static ZonedDateTime FromInstant(DateTimeOffset instant, string zoneId)
    {
        var offset = Zone(zoneId).GetUtcOffset(instant);
        return new ZonedDateTime(instant.ToOffset(offset).DateTime, offset, zoneId);
    }

    /// <summary>The wall-clock time <paramref name="local"/> in <paramref name="zoneId"/>; throws when the zone is unknown.</summary>
    public static ZonedDateTime FromLocal(DateTime local, string zoneId)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new ZonedDateTime(unspecified, Zone(zoneId).GetUtcOffset(unspecified), zoneId);
    }

    private static TimeZoneInfo Zone(string zoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ValueHydrationException(
                $"The time zone '{zoneId}' is not in this machine's time-zone database, so the date-time cannot be represented.", ex);
        }
    }
}
