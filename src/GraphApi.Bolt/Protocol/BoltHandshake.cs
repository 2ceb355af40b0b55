using System.Buffers.Binary;

namespace GraphApi.Bolt.Protocol;

/// <summary>
/// The Bolt handshake (Bolt handshake specification): the magic preamble <c>60 60 B0 17</c>, four 32-bit
/// proposals, and the server's single chosen version (or zero). Each proposal is laid out as
/// <c>[reserved, range, minor, major]</c>; from 4.3 on a range lets one slot cover major.minor down to
/// major.(minor - range). Servers before 4.3 ignore the range and read only the exact version.
/// </summary>
internal static class BoltHandshake
{
    public static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>
    /// The versions offered first: 5.8 down to 5.0 in one slot, 4.4 down to 4.2 in the next (range-aware servers), 4.1
    /// on its own (4.1 and 4.2 servers that ignore ranges) and 3.0 (Neo4j 3.5, and 4.x servers as a last resort).
    /// </summary>
    public static IReadOnlyList<(BoltVersion Version, int Range)> Current { get; } =
    [
        (BoltVersion.V5_8, 8),
        (BoltVersion.V4_4, 2),
        (BoltVersion.V4_1, 0),
        (BoltVersion.V3, 0),
    ];

    /// <summary>
    /// The four slots do not reach Bolt 1 (Neo4j 3.0-3.4): a server that answers the first offer with "none" is asked
    /// again for Bolt 1 on a new connection, and the driver offers Bolt 1 first to that server from then on.
    /// </summary>
    public static IReadOnlyList<(BoltVersion Version, int Range)> Legacy { get; } = [(BoltVersion.V1, 0)];

    public static byte[] BuildRequest(IReadOnlyList<(BoltVersion Version, int Range)> proposals)
    {
        var request = new byte[20];
        Magic.CopyTo(request);
        for (var i = 0; i < proposals.Count; i++)
        {
            var (version, range) = proposals[i];
            var slot = request.AsSpan(4 + (i * 4), 4);
            slot[1] = (byte)range;
            slot[2] = (byte)version.Minor;
            slot[3] = (byte)version.Major;
        }

        return request;
    }

    /// <summary>
    /// Reads the server's four-byte answer: the chosen version, or null when it supports none of the proposals.
    /// "Not Bolt" and an answer that was not proposed are clear errors.
    /// </summary>
    public static BoltVersion? ParseResponse(
        ReadOnlySpan<byte> response, string address, IReadOnlyList<(BoltVersion Version, int Range)> proposals)
    {
        if (response.SequenceEqual("HTTP"u8))
        {
            throw new ProtocolViolationException(
                $"The server at {address} answered the Bolt handshake with HTTP. " +
                "This is an HTTP port (Neo4j's default is 7474), not Bolt (default 7687); check the port in the URI.");
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(response) == 0)
        {
            return null;
        }

        var version = new BoltVersion(response[3], response[2]);
        if (response[0] != 0 || response[1] != 0 || !IsProposed(version, proposals))
        {
            throw new ProtocolViolationException(
                $"The server at {address} answered the Bolt handshake with {Convert.ToHexString(response)}, " +
                "which is not one of the proposed versions; it is probably not a Neo4j Bolt server.");
        }

        return version;
    }

    public static ProtocolViolationException NoCommonVersion(string address) =>
        new($"The server at {address} supports none of the Bolt versions this client speaks (5.0-5.8, 4.1-4.4, 3, 1).");

    private static bool IsProposed(BoltVersion version, IReadOnlyList<(BoltVersion Version, int Range)> proposals) =>
        proposals.Any(p => p.Version.Major == version.Major
            && version.Minor <= p.Version.Minor
            && version.Minor >= p.Version.Minor - p.Range);
}
