using System.Text;
using GraphApi.Server.Access;

namespace GraphApi.Server.Tests.Access;

/// <summary>The development signing key the access tests configure, and tokens signed with it, good and bad.</summary>
internal static class TestTokens
{
    public const string SigningKey = "test-signing-key-of-at-least-32-bytes-0123456789";
    public const string Audience = "graphapi";

    public static Dictionary<string, string?> Settings() => new() { ["GraphApi:Auth:SigningKey"] = SigningKey };

    public static string Reader => Mint(CallerRoles.Reader);

    public static string Editor => Mint(CallerRoles.Editor);

    /// <summary>A valid token with no role: authenticated, but reads public sources only.</summary>
    public static string NoRole => Mint();

    public static string Mint(params string[] roles) =>
        DevelopmentTokens.Mint(SigningKey, Audience, roles, TimeSpan.FromMinutes(10), "test", TimeProvider.System);

    public static string Expired => DevelopmentTokens.Mint(SigningKey, Audience, [CallerRoles.Reader], TimeSpan.FromMinutes(1), "test", new ShiftedClock(TimeSpan.FromMinutes(-5)));

    public static string WrongAudience => DevelopmentTokens.Mint(SigningKey, "another-api", [CallerRoles.Reader], TimeSpan.FromMinutes(10), "test", TimeProvider.System);

    public static string WrongKey => DevelopmentTokens.Mint("another-key-that-is-also-32-bytes-long-0123456789", Audience, [CallerRoles.Reader], TimeSpan.FromMinutes(10), "test", TimeProvider.System);

    /// <summary>A reader token whose payload was changed to claim the editor role, signature left as it was.</summary>
    public static string Tampered
    {
        get
        {
            var parts = Reader.Split('.');
            var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("\"reader\"", "\"editor\"", StringComparison.Ordinal);
            return $"{parts[0]}.{Base64UrlEncode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        }
    }

    /// <summary>An unsigned token (<c>alg: none</c>, empty signature) with a reader's claims.</summary>
    public static string AlgNone
    {
        get
        {
            var payload = Reader.Split('.')[1];
            return Base64UrlEncode("""{"alg":"none","typ":"JWT"}"""u8.ToArray()) + "." + payload + ".";
        }
    }

    public static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
