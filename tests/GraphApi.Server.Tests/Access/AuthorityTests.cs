using System.Net;
using System.Security.Cryptography;
using GraphApi.Server.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// Issue 16, the production path offline: <c>GraphApi:Auth:Authority</c> pointing at an in-process OpenID Connect issuer
/// (discovery document and JWKS on loopback), whose RS256 tokens the server checks with the published key.
/// </summary>
public sealed class AuthorityTests : IAsyncLifetime
{
    private readonly RSA issuerKey = RSA.Create(2048);
    private readonly RSA strangerKey = RSA.Create(2048);
    private readonly RestrictedCorpus corpus = new();
    private WebApplication issuer = null!;
    private ServerFactory server = null!;
    private string authority = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        issuer = builder.Build();
        issuer.MapGet("/.well-known/openid-configuration", () => Results.Json(new { issuer = authority, jwks_uri = authority + "/jwks", id_token_signing_alg_values_supported = new[] { "RS256" } }));
        issuer.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuerKey.ExportParameters(false)) { KeyId = "issuer-key" });
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = "issuer-key", n = jwk.N, e = jwk.E } } });
        });
        await issuer.StartAsync();
        authority = issuer.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);

        server = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:Auth:Authority"] = authority,
            ["GraphApi:Auth:Audience"] = "graphapi",
        });
        await GraphQLEndpointTests.WaitForReadyAsync(server.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await issuer.DisposeAsync();
        corpus.Dispose();
        issuerKey.Dispose();
        strangerKey.Dispose();
    }

    [Fact]
    public async Task Tokens_of_the_authority_are_accepted_and_others_refused()
    {
        const string Query = """{ node(id: "source/004_fcad1568809268b8") { id } }""";
        using var client = server.CreateClient();

        using var accepted = await client.SendAsync(AuthenticationTests.Post(Query, Token(issuerKey, "issuer-key", authority, "graphapi", "reader")));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("""{"data":{"node":{"id":"source/004_fcad1568809268b8"}}}""", await accepted.Content.ReadAsStringAsync());

        using var roles = await client.SendAsync(AuthenticationTests.Post(Query, Token(issuerKey, "issuer-key", authority, "graphapi", null)));
        Assert.Equal("""{"data":{"node":null}}""", await roles.Content.ReadAsStringAsync());

        foreach (var (why, token) in new[]
        {
            ("signed by another key", Token(strangerKey, "issuer-key", authority, "graphapi", "reader")),
            ("another issuer", Token(issuerKey, "issuer-key", "https://elsewhere.example", "graphapi", "reader")),
            ("another audience", Token(issuerKey, "issuer-key", authority, "other", "reader")),
            ("the development key's kind", DevelopmentTokens.Mint(TestTokens.SigningKey, "graphapi", [CallerRoles.Reader], TimeSpan.FromMinutes(5), "x", TimeProvider.System)),
        })
        {
            using var refused = await client.SendAsync(AuthenticationTests.Post(Query, token));
            Assert.True(HttpStatusCode.Unauthorized == refused.StatusCode, why);
        }
    }

    /// <summary>An RS256 token; <paramref name="role"/> is given as a single string, the other form the roles claim may take.</summary>
    private static string Token(RSA key, string keyId, string issuer, string audience, string? role)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "someone" };
        if (role is not null)
        {
            claims[CallerRoles.ClaimType] = role;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        });
    }
}
