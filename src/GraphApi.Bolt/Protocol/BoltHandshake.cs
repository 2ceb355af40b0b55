using System.Buffers.Binary;

namespace GraphApi.Bolt.Protocol;

/// <summary>
/// The Bolt handshake (Bolt handshake specification): the magic preamble <c>60 60 B0 17</c>, four 32-bit
/// proposals, and the server's single chosen version (or zero). Each proposal is laid out as
/// <c>[reserved, range, minor, major]</c>; from 4.3 on a range lets one slot cover major.minor down to
/// major.(minor - range).
/// </summary>
internal static class BoltHandshake
{
    public static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>5.8 down to 5.0 in one slot, then 4.4, then 1 (Neo4j 3.x), then an empty slot.</summary>
    public static IReadOnlyList<(BoltVersion Version, int Range)> Proposals { get; } =
    [
        (BoltVersion.V5_8, 8),
        (BoltVersion.V4_4, 0),
        (BoltVersion.V1, 0),
    ];

    public static byte[] BuildRequest()
    {
        var request = new byte[20];
        Magic.CopyTo(request);
        for (var i = 0; i < Proposals.Count; i++)
        {
            var (version, range) = Proposals[i];
            var slot = request.AsSpan(4 + (i * 4), 4);
            slot[1] = (byte)range;
            slot[2] = (byte)version.Minor;
            slot[3] = (byte)version.Major;
        }

        return request;
    }

    /// <summary>Reads the server's four-byte answer, turning "not Bolt" and "no common version" into clear errors.</summary>
    public static BoltVersion ParseResponse(ReadOnlySpan<byte> response, string address)
    {
        if (response.SequenceEqual("HTTP"u8))
        {
            throw new ProtocolViolationException(
                $"The server at {address} answered the Bolt handshake with HTTP. " +
                "This is an HTTP port (Neo4j's default is 7474), not Bolt (default 7687); check the port in the URI.");
        }

        var value = BinaryPrimitives.ReadUInt32BigEndian(response);
        if (value == 0)
        {
            throw new ProtocolViolationException(
                $"The server at {address} supports none of the proposed Bolt versions (5.0-5.8, 4.4, 1).");
        }

        var version = new BoltVersion(response[3], response[2]);
        if (response[0] != 0 || response[1] != 0 || !IsProposed(version))
        {
            throw new ProtocolViolationException(
                $"The server at {address} answered the Bolt handshake with {Convert.ToHexString(response)}, " +
                "which is not one of the proposed versions; it is probably not a Neo4j Bolt server.");
        }

        return version;
    }

    private static bool IsProposed(BoltVersion version) =>
        Proposals.Any(p => p.Version.Major == version.Major
            && version.Minor <= p.Version.Minor
            && version.Minor >= p.Version.Minor - p.Range);
}
