using System.Globalization;
using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

/// <summary>
/// TestKit's Cypher values (nutkit/protocol/cypher.py: {"name": "CypherInt", "data": {"value": 1}}) to the client's CLR
/// values and back: parameters go in, record values and summary maps come out.
/// </summary>
internal static class CypherValues
{
    public static Dictionary<string, object?> ToParameters(JsonNode? parameters)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameters is JsonObject values)
        {
            foreach (var (key, value) in values)
            {
                map[key] = ToClr(value);
            }
        }

        return map;
    }

    public static object? ToClr(JsonNode? node)
    {
        if (node is not JsonObject typed || typed["name"]?.GetValue<string>() is not { } name)
        {
            return node is null ? null : throw new FormatException($"Not a Cypher value: {node.ToJsonString()}");
        }

        var data = typed["data"] as JsonObject ?? [];
        return name switch
        {
            "CypherNull" => null,
            "CypherBool" => data["value"]!.GetValue<bool>(),
            "CypherInt" => data["value"]!.GetValue<long>(),
            "CypherFloat" => Float(data["value"]!),
            "CypherString" => data["value"]!.GetValue<string>(),
            "CypherBytes" => Bytes(data["value"]!.GetValue<string>()),
            "CypherList" => data["value"]!.AsArray().Select(ToClr).ToList(),
            "CypherMap" => ToParameters(data["value"]),
            "CypherPoint" => Point(data),
            "CypherDate" => new DateOnly(Int(data, "year"), Int(data, "month"), Int(data, "day")),
            "CypherTime" => Time(data),
            "CypherDateTime" => DateTimeValue(data),
            "CypherDuration" => new Duration(Long(data, "months"), Long(data, "days"), Long(data, "seconds"), Int(data, "nanoseconds")),
            _ => throw new FormatException($"The backend cannot send a {name} as a parameter."),
        };
    }

    public static JsonObject ToCypher(object? value) => value switch
    {
        null => Typed("CypherNull", []),
        bool b => Typed("CypherBool", new JsonObject { ["value"] = b }),
        long l => Typed("CypherInt", new JsonObject { ["value"] = l }),
        int i => Typed("CypherInt", new JsonObject { ["value"] = i }),
        double d => Typed("CypherFloat", new JsonObject { ["value"] = FloatValue(d) }),
        string s => Typed("CypherString", new JsonObject { ["value"] = s }),
        byte[] bytes => Typed("CypherBytes", new JsonObject { ["value"] = string.Join(" ", bytes.Select(x => x.ToString("x2", CultureInfo.InvariantCulture))) }),
        Node node => Typed("CypherNode", NodeData(node)),
        Relationship rel => Typed("CypherRelationship", RelationshipData(rel)),
        Path path => Typed("CypherPath", new JsonObject
        {
            ["nodes"] = ToCypher(path.Nodes.Cast<object?>().ToList()),
            ["relationships"] = ToCypher(path.Relationships.Cast<object?>().ToList()),
        }),
        Point p => Typed("CypherPoint", new JsonObject
        {
            ["system"] = p.Srid is 4326 or 4979 ? "wgs84" : "cartesian",
            ["x"] = p.X,
            ["y"] = p.Y,
            ["z"] = p.Z,
        }),
        DateOnly date => Typed("CypherDate", new JsonObject { ["year"] = date.Year, ["month"] = date.Month, ["day"] = date.Day }),
        TimeOnly time => Typed("CypherTime", TimeData(time, null)),
        OffsetTime t => Typed("CypherTime", TimeData(t.Time, t.Offset)),
        DateTime local => Typed("CypherDateTime", DateTimeData(local, null, null)),
        DateTimeOffset dto => Typed("CypherDateTime", DateTimeData(dto.DateTime, dto.Offset, null)),
        ZonedDateTime zoned => Typed("CypherDateTime", DateTimeData(zoned.LocalDateTime, zoned.Offset, zoned.ZoneId)),
        Duration d => Typed("CypherDuration", new JsonObject
        {
            ["months"] = d.Months,
            ["days"] = d.Days,
            ["seconds"] = d.Seconds,
            ["nanoseconds"] = d.Nanoseconds,
        }),
        IReadOnlyDictionary<string, object?> map => Typed("CypherMap", new JsonObject { ["value"] = ToCypherMap(map) }),
        IEnumerable<object?> list => Typed("CypherList", new JsonObject { ["value"] = new JsonArray([.. list.Select(v => (JsonNode)ToCypher(v))]) }),
        _ => throw new FormatException($"The backend cannot describe a {value.GetType().Name} to TestKit."),
    };

    /// <summary>A map whose values are Cypher values (diagnostic records, query parameters).</summary>
    public static JsonObject ToCypherMap(IReadOnlyDictionary<string, object?> map)
    {
        var result = new JsonObject();
        foreach (var (key, item) in map)
        {
            result[key] = ToCypher(item);
        }

        return result;
    }

    /// <summary>Plain JSON (auth token parameters) as CLR values: integers stay integers.</summary>
    public static object? FromPlainJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject map => map.ToDictionary(p => p.Key, p => FromPlainJson(p.Value), StringComparer.Ordinal),
        JsonArray list => list.Select(FromPlainJson).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
            System.Text.Json.JsonValueKind.True => true,
            System.Text.Json.JsonValueKind.False => false,
            System.Text.Json.JsonValueKind.Number when value.TryGetValue<long>(out var l) => l,
            System.Text.Json.JsonValueKind.Number => value.GetValue<double>(),
            _ => null,
        },
        _ => null,
    };

    /// <summary>Plain JSON for maps the server sent (plans, positions), where TestKit expects no Cypher typing.</summary>
    public static JsonNode? ToPlainJson(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        string s => JsonValue.Create(s),
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, ToPlainJson(p.Value)))),
        IEnumerable<object?> list => new JsonArray([.. list.Select(ToPlainJson)]),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonObject Typed(string name, JsonObject data) => new() { ["name"] = name, ["data"] = data };

    private static JsonObject NodeData(Node node) => new()
    {
        ["id"] = ToCypher(node.Id),
        ["labels"] = ToCypher(node.Labels.Cast<object?>().ToList()),
        ["props"] = ToCypher(node.Properties),
        ["elementId"] = ToCypher(node.ElementId),
    };

    private static JsonObject RelationshipData(Relationship rel) => new()
    {
        ["id"] = ToCypher(rel.Id),
        ["startNodeId"] = ToCypher(rel.StartNodeId),
        ["endNodeId"] = ToCypher(rel.EndNodeId),
        ["type"] = ToCypher(rel.Type),
        ["props"] = ToCypher(rel.Properties),
        ["elementId"] = ToCypher(rel.ElementId),
        ["startNodeElementId"] = ToCypher(rel.StartNodeElementId),
        ["endNodeElementId"] = ToCypher(rel.EndNodeElementId),
    };

    private static JsonObject TimeData(TimeOnly time, TimeSpan? offset) => new()
    {
        ["hour"] = time.Hour,
        ["minute"] = time.Minute,
        ["second"] = time.Second,
        ["nanosecond"] = (time.Ticks % TimeSpan.TicksPerSecond) * 100,
        ["utc_offset_s"] = offset is { } o ? (long)o.TotalSeconds : null,
    };

    private static JsonObject DateTimeData(DateTime local, TimeSpan? offset, string? zone) => new()
    {
        ["year"] = local.Year,
        ["month"] = local.Month,
        ["day"] = local.Day,
        ["hour"] = local.Hour,
        ["minute"] = local.Minute,
        ["second"] = local.Second,
        ["nanosecond"] = (local.Ticks % TimeSpan.TicksPerSecond) * 100,
        ["utc_offset_s"] = offset is { } o ? (long)o.TotalSeconds : null,
        ["timezone_id"] = zone,
    };

    private static object Time(JsonObject data)
    {
        var time = new TimeOnly(Int(data, "hour"), Int(data, "minute"), Int(data, "second")).Add(TimeSpan.FromTicks(Long(data, "nanosecond") / 100));
        return data["utc_offset_s"] is { } offset ? new OffsetTime(time, TimeSpan.FromSeconds(offset.GetValue<long>())) : time;
    }

    private static object DateTimeValue(JsonObject data)
    {
        var local = new DateTime(Int(data, "year"), Int(data, "month"), Int(data, "day"), Int(data, "hour"), Int(data, "minute"), Int(data, "second"))
            .AddTicks(Long(data, "nanosecond") / 100);
        var offset = data["utc_offset_s"] is { } o ? TimeSpan.FromSeconds(o.GetValue<long>()) : (TimeSpan?)null;
        if (data["timezone_id"]?.GetValue<string>() is { } zone)
        {
            return new ZonedDateTime(local, offset ?? TimeSpan.Zero, zone);
        }

        return offset is { } fixedOffset ? new DateTimeOffset(local, fixedOffset) : local;
    }

    private static Point Point(JsonObject data)
    {
        var wgs = data["system"]!.GetValue<string>() == "wgs84";
        var z = data["z"] is { } zNode ? zNode.GetValue<double>() : (double?)null;
        var srid = (wgs, z is null) switch
        {
            (true, true) => 4326,
            (true, false) => 4979,
            (false, true) => 7203,
            (false, false) => 9157,
        };
        return new Point(srid, data["x"]!.GetValue<double>(), data["y"]!.GetValue<double>(), z);
    }

    private static double Float(JsonNode value) => value.GetValueKind() == System.Text.Json.JsonValueKind.String
        ? value.GetValue<string>() switch
        {
            "+Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var other => double.Parse(other, CultureInfo.InvariantCulture),
        }
        : value.GetValue<double>();

    private static JsonNode FloatValue(double d) =>
        double.IsPositiveInfinity(d) ? "+Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : double.IsNaN(d) ? "NaN" : JsonValue.Create(d);

    private static byte[] Bytes(string hex) =>
        hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(b => byte.Parse(b, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();

    private static int Int(JsonObject data, string key) => data[key]!.GetValue<int>();

    private static long Long(JsonObject data, string key) => data[key]!.GetValue<long>();
}
