namespace GraphApi.Bolt.Tests.Stub;

/// <summary>Message names by tag, from the Bolt message specification; a few tags are named by version.</summary>
internal static class StubMessageNames
{
    public static string ClientMessage(byte tag, BoltVersion version) => tag switch
    {
        0x01 => version.Major < 3 ? "INIT" : "HELLO",
        0x02 => "GOODBYE",
        0x0E => "ACK_FAILURE",
        0x0F => "RESET",
        0x10 => "RUN",
        0x11 => "BEGIN",
        0x12 => "COMMIT",
        0x13 => "ROLLBACK",
        0x2F => version.Major < 4 ? "DISCARD_ALL" : "DISCARD",
        0x3F => version.Major < 4 ? "PULL_ALL" : "PULL",
        0x54 => "TELEMETRY",
        0x66 => "ROUTE",
        0x6A => "LOGON",
        0x6B => "LOGOFF",
        _ => $"UNKNOWN(0x{tag:X2})",
    };

    public static byte ServerTag(string name) => name switch
    {
        "SUCCESS" => 0x70,
        "RECORD" => 0x71,
        "IGNORED" => 0x7E,
        "FAILURE" => 0x7F,
        _ => throw new FormatException($"'{name}' is not a server message (SUCCESS, RECORD, IGNORED, FAILURE)."),
    };
}
