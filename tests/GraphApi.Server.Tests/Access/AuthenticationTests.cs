using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GraphApi.Server.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// Issue 16, authentication with the development signing key: tokens that do not authenticate get 401 and are never
/// served as anonymous, roles decide what a caller reads and whether it may re-import, settings that cannot work stop the
/// server at start with the setting named, and no token reaches the logs.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string InternalQuery = """{ node(id: "source/004_fcad1568809268b8") { id } }""";
    private readonly RestrictedCorpus corpus = new();
    private ServerFactory server = null!;

    public static TheoryData<string, string> RefusedTokens() => new()
    {
        { "tampered", TestTokens.Tampered },
        { "expired", TestTokens.Expired },
        { "wrong audience", TestTokens.WrongAudience },
        { "wrong key", TestTokens.WrongKey },
        { "alg none", TestTokens.AlgNone },
        { "not a JWT", "not-a-token" },
    };

    public async Task InitializeAsync()
    {
        server = new ServerFactory(corpus.Directory, new Dictionary<string, string?>(TestTokens.Settings())
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:AdminKey"] = "admin-key-for-tests",
        });
        await GraphQLEndpointTests.WaitForReadyAsync(server.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        corpus.Dispose();
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_token_that_does_not_authenticate_gets_401_by_POST_and_GET(string why, string token)
    {
        using var client = server.CreateClient();
        foreach (var request in new[] { Post(InternalQuery, token), Get(InternalQuery, token) })
        {
            using var response = await client.SendAsync(request);
            Assert.True(HttpStatusCode.Unauthorized == response.StatusCode, $"{why}: {response.StatusCode}");
            var challenge = Assert.Single(response.Headers.WwwAuthenticate);
            Assert.Equal("Bearer", challenge.Scheme);
            Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Null(body["data"]);
            Assert.Equal(AccessErrors.Unauthenticated, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.DoesNotContain(token, body.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_authorization_header_that_is_not_a_bearer_token_gets_401()
    {
        using var client = server.CreateClient();
        using var request = Post(InternalQuery, token: null);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("reader:reader"u8.ToArray()));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Readers_read_the_internal_source_and_anonymous_callers_do_not()
    {
        using var client = server.CreateClient();
        Assert.Equal("""{"data":{"node":{"id":"source/004_fcad1568809268b8"}}}""", await BodyAsync(client, Post(InternalQuery, TestTokens.Reader)));
        Assert.Equal("""{"data":{"node":{"id":"source/004_fcad1568809268b8"}}}""", await BodyAsync(client, Post(InternalQuery, TestTokens.Editor)));
        Assert.Equal("""{"data":{"node":null}}""", await BodyAsync(client, Post(InternalQuery, token: null)));
        Assert.Equal("""{"data":{"node":null}}""", await BodyAsync(client, Post(InternalQuery, TestTokens.NoRole)));
    }

    [Fact]
    public async Task Reimport_takes_an_editor_or_the_admin_key()
    {
        using var client = server.CreateClient();
        async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> ReimportAsync(string? token, string? key = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reimport");
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (key is not null)
            {
                request.Headers.Add("X-Admin-Key", key);
            }

            var response = await client.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
        }

        var anonymous = await ReimportAsync(token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("Bearer", Assert.Single(anonymous.Response.Headers.WwwAuthenticate).Scheme);

        var reader = await ReimportAsync(TestTokens.Reader);
        Assert.Equal(HttpStatusCode.Forbidden, reader.Status);
        Assert.Equal(AccessErrors.Forbidden, JsonNode.Parse(reader.Body)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await ReimportAsync(TestTokens.Editor)).Status);
        Assert.Equal(HttpStatusCode.OK, (await ReimportAsync(token: null, key: "admin-key-for-tests")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReimportAsync(token: null, key: "wrong-key")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReimportAsync(TestTokens.Expired)).Status);
    }

    [Fact]
    public async Task With_auth_on_the_admin_endpoint_exists_for_editors_even_without_an_admin_key()
    {
        await using var keyless = new ServerFactory(corpus.Directory, new Dictionary<string, string?>(TestTokens.Settings()) { ["GraphApi:WatchCorpus"] = "false" });
        using var client = keyless.CreateClient();
        await GraphQLEndpointTests.WaitForReadyAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reimport");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Editor);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("https://issuer.example", "a-signing-key-that-is-long-enough-0123456789", "both Authority (GRAPHAPI_AUTH_AUTHORITY) and SigningKey (GRAPHAPI_AUTH_SIGNING_KEY) are set")]
    [InlineData(null, "too-short", "GraphApi:Auth:SigningKey (GRAPHAPI_AUTH_SIGNING_KEY) is 9 bytes; an HS256 key needs at least 32")]
    [InlineData("http://issuer.example", null, "it must be an absolute https:// URL")]
    public void Settings_that_cannot_work_stop_the_server_at_start_naming_them(string? authority, string? key, string expected)
    {
        using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:Auth:Authority"] = authority,
            ["GraphApi:Auth:SigningKey"] = key,
            ["GraphApi:ImportOnStart"] = "false",
        });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(expected, Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_never_reach_the_logs_or_error_bodies()
    {
        var capture = new CapturingLoggerProvider();
        await using var logged = server.WithWebHostBuilder(b => b.UseSetting("Logging:LogLevel:Default", "Trace").ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(capture)));
        using var client = logged.CreateClient();
        var tokens = new[] { TestTokens.Reader, TestTokens.Expired, TestTokens.Tampered, TestTokens.WrongKey, TestTokens.AlgNone };
        foreach (var token in tokens)
        {
            await BodyAsync(client, Post(InternalQuery, token));
        }

        Assert.Contains(capture.Lines, line => line.Contains("Bearer", StringComparison.Ordinal) || line.Contains("Jwt", StringComparison.Ordinal));
        foreach (var part in tokens.SelectMany(t => t.Split('.')).Where(p => p.Length > 16).Distinct(StringComparer.Ordinal))
        {
            Assert.DoesNotContain(capture.Lines, line => line.Contains(part, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_mint_token_verb_prints_a_token_the_server_accepts()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestTokens.Settings()).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, DevelopmentTokens.Run(configuration, ["mint-token", "--role", "reader", "--minutes", "5"], output, error));
        var token = output.ToString().Trim();
        using var client = server.CreateClient();
        Assert.Equal("""{"data":{"node":{"id":"source/004_fcad1568809268b8"}}}""", await BodyAsync(client, Post(InternalQuery, token)));

        Assert.Equal(2, DevelopmentTokens.Run(new ConfigurationBuilder().Build(), ["mint-token", "--role", "reader"], output, error));
        Assert.Contains("GRAPHAPI_AUTH_SIGNING_KEY", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, DevelopmentTokens.Run(configuration, ["mint-token", "--role", "admin"], output, error));
    }

    internal static HttpRequestMessage Post(string query, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    internal static HttpRequestMessage Get(string query, string? token, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return request;
    }

    internal static async Task<string> BodyAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }
    }

    private static string Flatten(Exception error) => error.InnerException is null ? error.Message : error.Message + " | " + Flatten(error.InnerException);
}
