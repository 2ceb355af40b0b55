namespace GraphApi.Bolt;

/// <summary>A time of day with a UTC offset (Bolt structure 0x54, Cypher <c>time()</c>).</summary>
public sealed record OffsetTime(TimeOnly Time, TimeSpan Offset);
