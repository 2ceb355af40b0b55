using System.Text;

namespace GraphApi.Server.Access;

/// <summary>
/// Authentication settings, bound from <c>GraphApi:Auth</c> (environment: <c>GRAPHAPI_AUTH_AUTHORITY</c>,
/// <c>GRAPHAPI_AUTH_AUDIENCE</c>, <c>GRAPHAPI_AUTH_SIGNING_KEY</c>). With neither an authority nor a signing key, auth is
/// off and every caller is anonymous.
/// </summary>
public sealed class AccessControlOptions
{
    public const string SectionName = "GraphApi:Auth";

    /// <summary>HS256 keys shorter than this are refused (RFC 7518 §3.2: a key at least as long as the hash output).</summary>
    public const int MinimumSigningKeyBytes = 32;

    /// <summary>How far token lifetimes may disagree with this server's clock.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>An OpenID Connect issuer (production): its discovery document names the keys that sign tokens.</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>aud</c> every token must carry.</summary>
    public string Audience { get; set; } = "graphapi";

    /// <summary>A symmetric HS256 key (development and tests), at least <see cref="MinimumSigningKeyBytes"/> bytes of UTF-8.</summary>
    public string? SigningKey { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);

    /// <summary>Throws the configuration error a person can act on, naming the settings; nothing when the settings hold together.</summary>
    public void Validate()
    {
        if (!string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(SigningKey))
        {
            throw new InvalidOperationException(
                "GraphApi:Auth: both Authority (GRAPHAPI_AUTH_AUTHORITY) and SigningKey (GRAPHAPI_AUTH_SIGNING_KEY) are set. " +
                "Set Authority for an OpenID Connect issuer, or SigningKey for HS256 development tokens, not both.");
        }

        if (!string.IsNullOrWhiteSpace(SigningKey) && Encoding.UTF8.GetByteCount(SigningKey) < MinimumSigningKeyBytes)
        {
            throw new InvalidOperationException(
                $"GraphApi:Auth:SigningKey (GRAPHAPI_AUTH_SIGNING_KEY) is {Encoding.UTF8.GetByteCount(SigningKey)} bytes; an HS256 key needs at least {MinimumSigningKeyBytes} " +
                "(for instance the output of `openssl rand -base64 48`).");
        }

        if (!string.IsNullOrWhiteSpace(Authority)
            && (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && !(authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback))))
        {
            throw new InvalidOperationException(
                $"GraphApi:Auth:Authority (GRAPHAPI_AUTH_AUTHORITY) is '{Authority}'; it must be an absolute https:// URL (http:// only on a loopback address).");
        }

        if (IsEnabled && string.IsNullOrWhiteSpace(Audience))
        {
            throw new InvalidOperationException("GraphApi:Auth:Audience (GRAPHAPI_AUTH_AUDIENCE) is empty; tokens are checked for this audience (default: graphapi).");
        }
    }
}
