using System.Net.Http.Headers;
using GraphApi.Server.Access;
using GraphApi.Server.Tests.Access;

namespace GraphApi.Server.Tests.Hardening;

/// <summary>
/// The shared hardening server with authentication on (issue 16): the development signing key is set and every request
/// of <see cref="KestrelServer.Client"/> carries a reader's token, so hostile and fuzzed requests pass through the
/// JwtBearer handler and are answered in the reader's scope. A refused token would turn every answer into 401, which
/// the suites' "still answers" checks would catch.
/// </summary>
public sealed class AuthenticatedKestrelServerFixture : KestrelServerFixture
{
    protected override async Task<KestrelServer> StartAsync()
    {
        var server = await KestrelServer.StartAsync(settings: TestTokens.Settings());
        var token = DevelopmentTokens.Mint(TestTokens.SigningKey, TestTokens.Audience, [CallerRoles.Reader], TimeSpan.FromHours(2), "hardening", TimeProvider.System);
        server.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return server;
    }
}
