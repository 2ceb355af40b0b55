using System.Security.Cryptography;
using System.Text;

namespace GraphApi.Knowledge.Model;

/// <summary>Ids derived from content (never from counters), so a re-import yields the same ids.</summary>
public static class ContentId
{
    /// <summary>Lowercase hex SHA-256 of bytes.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The first 16 hex digits of the SHA-256 of the parts joined by a unit separator.</summary>
    public static string Short(params string[] parts) =>
        Sha256(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)))[..16];
}
