using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>Temporal and spatial structures: UTC seconds from 5.0 (0x49), local seconds before (0x46).</summary>
public class TemporalTests
{
    [Theory]
    [InlineData("4.4", "F", 1705314600L)]
    [InlineData("5.0", "I", 1705307400L)]
    [InlineData("5.8", "I", 1705307400L)]
    public async Task Dates_times_durations_and_points_travel_both_ways(string version, string dateTimeTag, long seconds)
    {
        var moment = $"{{\"#{dateTimeTag}\": [{seconds}, 500000000, 7200]}}";
        var script = Conversation.Open(version)
            + "C: RUN \"RETURN $d, $t, $m, $p, $dur\" "
            + $"{{\"d\": {{\"#D\": [19737]}}, \"t\": {{\"#t\": [37800000000000]}}, \"m\": {moment}, "
            + "\"p\": {\"#X\": [4326, 1.5, 2.5]}, \"dur\": {\"#E\": [0, 1, 3600, 0]}} {}\n"
            + "C: PULL {\"n\": 1000}\n"
            + "S: SUCCESS {\"fields\": [\"d\", \"t\", \"m\", \"p\", \"dur\", \"z\"]}\n"
            + $"S: RECORD [{{\"#D\": [19737]}}, {{\"#t\": [37800000000000]}}, {moment}, {{\"#Y\": [4979, 1.5, 2.5, 3.5]}}, {{\"#E\": [14, 2, 30, 5]}}, {{\"#d\": [1705314600, 0]}}]\n"
            + "S: SUCCESS {}\n"
            + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        var offset = new DateTimeOffset(2024, 1, 15, 10, 30, 0, 500, TimeSpan.FromHours(2));
        Record record;
        await using (var session = driver.AsyncSession())
        {
            record = await (await session.RunAsync("RETURN $d, $t, $m, $p, $dur", new
            {
                d = new DateOnly(2024, 1, 15),
                t = new TimeOnly(10, 30),
                m = offset,
                p = new Point(4326, 1.5, 2.5),
                dur = TimeSpan.FromHours(25),
            })).SingleAsync();
        }

        await driver.DisposeAsync();
        await server.DoneAsync();

        Assert.Equal(new DateOnly(2024, 1, 15), record.Get<DateOnly>("d"));
        Assert.Equal(new TimeOnly(10, 30), record.Get<TimeOnly>("t"));
        Assert.Equal(offset, record.Get<DateTimeOffset>("m"));
        Assert.Equal(TimeSpan.FromHours(2), record.Get<DateTimeOffset>("m").Offset);
        Assert.Equal(new Point(4979, 1.5, 2.5, 3.5), record.Get<Point>("p"));
        Assert.Equal(new Duration(14, 2, 30, 5), record.Get<Duration>("dur"));
        Assert.Equal(new DateTime(2024, 1, 15, 10, 30, 0), record.Get<DateTime>("z"));
    }

    [Fact]
    public void Times_before_the_epoch_keep_non_negative_nanoseconds()
    {
        var temporal = new Protocol.TemporalStructures(utc: true);
        var structure = temporal.Dehydrate(new DateTime(1969, 12, 31, 23, 59, 59, 500))!;
        Assert.Equal(new object?[] { -1L, 500_000_000L }, structure.Fields);
        Assert.Equal(new DateTime(1969, 12, 31, 23, 59, 59, 500), temporal.Hydrate(structure));
    }
}
