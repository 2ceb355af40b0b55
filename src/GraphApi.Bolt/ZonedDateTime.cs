namespace GraphApi.Bolt;

/// <summary>
/// A date-time in a named time zone (Bolt structures 0x69, and 0x66 before 5.0). <see cref="Instant"/> is
/// the moment in UTC when the server sent UTC seconds (5.0+); before 5.0 the seconds are local wall-clock
/// time, kept in <see cref="LocalDateTime"/>.
/// </summary>
public sealed record ZonedDateTime(DateTime LocalDateTime, DateTimeOffset? Instant, string ZoneId);
