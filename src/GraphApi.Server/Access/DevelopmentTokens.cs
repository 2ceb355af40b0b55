using System.Globalization;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Server.Access;

/// <summary>
/// <c>dotnet run --project src/GraphApi.Server -- mint-token --role reader [--role editor] [--minutes 60] [--subject name]</c>:
/// prints an HS256 token signed with <c>GraphApi:Auth:SigningKey</c>, for development and tests. Tokens of an
/// OpenID Connect authority come from that authority, never from here.
/// </summary>
public static class DevelopmentTokens
{
    public const string Verb = "mint-token";

    /// <summary>The <c>iss</c> of minted tokens (a signing key trusts no issuer, so it only tells where a token came from).</summary>
    public const string Issuer = "graphapi-development";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Verb;

    /// <summary>Runs the verb: the token on standard output, or a message on standard error and exit code 2.</summary>
    public static int Run(IConfiguration configuration, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var settings = configuration.GetSection(AccessControlOptions.SectionName).Get<AccessControlOptions>() ?? new AccessControlOptions();
        if (string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            error.WriteLine($"{Verb} needs a signing key: set GRAPHAPI_AUTH_SIGNING_KEY (GraphApi:Auth:SigningKey), at least {AccessControlOptions.MinimumSigningKeyBytes} bytes.");
            return 2;
        }

        var roles = new List<string>();
        var minutes = 60;
        var subject = "developer";
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--role" when value is CallerRoles.Reader or CallerRoles.Editor:
                    roles.Add(value);
                    i++;
                    break;
                case "--minutes" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0:
                    minutes = m;
                    i++;
                    break;
                case "--subject" when !string.IsNullOrWhiteSpace(value):
                    subject = value;
                    i++;
                    break;
                default:
                    error.WriteLine($"{Verb}: unexpected '{args[i]}'. Usage: {Verb} --role reader|editor [--role …] [--minutes N] [--subject name]");
                    return 2;
            }
        }

        output.WriteLine(Mint(settings.SigningKey, settings.Audience, roles, TimeSpan.FromMinutes(minutes), subject, TimeProvider.System));
        return 0;
    }

    /// <summary>A signed token for <paramref name="audience"/> carrying <paramref name="roles"/> as a <c>roles</c> array.</summary>
    public static string Mint(string signingKey, string audience, IReadOnlyCollection<string> roles, TimeSpan lifetime, string subject, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { ["sub"] = subject, [CallerRoles.ClaimType] = roles.ToArray() },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
