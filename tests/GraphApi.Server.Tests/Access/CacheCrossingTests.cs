using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GraphApi.GraphQL.AspNetCore;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// Issue 16, caches: an answer given to a reader never reaches an anonymous caller through a persisted query or an ETag,
/// and authenticated answers are private and vary by Authorization, so shared caches keep them apart too.
/// </summary>
public sealed class CacheCrossingTests : IAsyncLifetime
{
    private const string Query = """{ sources(first: 10) { totalCount nodes { id title } } }""";

    /// <summary>With the bodies, an answer well over the size below which answers are not compressed.</summary>
    private const string LargeQuery = """{ sources(first: 10) { totalCount nodes { id title body } } }""";
    private readonly RestrictedCorpus corpus = new();
    private ServerFactory server = null!;

    public async Task InitializeAsync()
    {
        server = new ServerFactory(corpus.Directory, new Dictionary<string, string?>(TestTokens.Settings()) { ["GraphApi:WatchCorpus"] = "false" });
        await GraphQLEndpointTests.WaitForReadyAsync(server.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        corpus.Dispose();
    }

    [Fact]
    public async Task A_persisted_query_registered_by_a_reader_is_answered_anonymously_with_public_data_only()
    {
        using var client = server.CreateClient();
        var hash = PersistedQueryStore.Hash(Query);
        var extensions = $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""";

        using var register = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(Query)}},"extensions":{{extensions}}}""", Encoding.UTF8, "application/json"),
        };
        register.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Reader);
        var asReader = await AuthenticationTests.BodyAsync(client, register);
        Assert.Contains(RestrictedCorpus.InternalSourceId, asReader, StringComparison.Ordinal);

        // The reader's registration is the reader's: by hash alone, another class of caller must send the document again.
        var byHash = "/graphql?extensions=" + Uri.EscapeDataString(extensions);
        var readerAgain = await AuthenticationTests.BodyAsync(client, WithToken(new HttpRequestMessage(HttpMethod.Get, byHash), TestTokens.Reader));
        Assert.Equal(asReader, readerAgain);
        var anonymousByHash = await AuthenticationTests.BodyAsync(client, new HttpRequestMessage(HttpMethod.Get, byHash));
        Assert.Contains(PersistedQueryStore.NotFoundCode, anonymousByHash, StringComparison.Ordinal);
        Assert.DoesNotContain(RestrictedCorpus.InternalSourceId, anonymousByHash, StringComparison.Ordinal);

        using var anonymousRegister = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(Query)}},"extensions":{{extensions}}}""", Encoding.UTF8, "application/json"),
        };
        var anonymous = JsonNode.Parse(await AuthenticationTests.BodyAsync(client, anonymousRegister))!;
        Assert.DoesNotContain(RestrictedCorpus.InternalSourceId, anonymous.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(JsonNode.Parse(asReader)!["data"]!["sources"]!["totalCount"]!.GetValue<int>() - 1, anonymous["data"]!["sources"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_reader_ETag_never_validates_an_anonymous_GET_and_authenticated_answers_are_private()
    {
        using var client = server.CreateClient();
        using var asReader = await client.SendAsync(AuthenticationTests.Get(Query, TestTokens.Reader));
        Assert.Equal(HttpStatusCode.OK, asReader.StatusCode);
        var readerTag = asReader.Headers.ETag!.ToString();
        Assert.Contains("private", asReader.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Authorization", asReader.Headers.Vary);
        Assert.Contains(RestrictedCorpus.InternalSourceId, await asReader.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The reader revalidates with its tag: 304, still private.
        using var revalidated = await client.SendAsync(AuthenticationTests.Get(Query, TestTokens.Reader, readerTag));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Contains("private", revalidated.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        // An anonymous caller presenting the reader's tag gets a fresh public answer, never a 304 on the reader's.
        using var anonymous = await client.SendAsync(AuthenticationTests.Get(Query, token: null, readerTag));
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.NotEqual(readerTag, anonymous.Headers.ETag!.ToString());
        Assert.DoesNotContain(RestrictedCorpus.InternalSourceId, await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("private", anonymous.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("Authorization", anonymous.Headers.Vary);

        // A caller without a role reads what anonymous callers read, yet its answer is private and tagged apart.
        using var roleless = await client.SendAsync(AuthenticationTests.Get(Query, TestTokens.NoRole, anonymous.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, roleless.StatusCode);
        Assert.Contains("private", roleless.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        // POST answers to authenticated callers are private as well.
        using var post = await client.SendAsync(AuthenticationTests.Post(Query, TestTokens.Reader));
        Assert.Contains("private", post.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Authorization", post.Headers.Vary);
    }

    [Fact]
    public async Task Compressed_answers_follow_the_same_rules()
    {
        using var client = server.CreateClient();
        using var reader = AuthenticationTests.Get(LargeQuery, TestTokens.Reader);
        reader.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var asReader = await client.SendAsync(reader);
        Assert.Equal("br", Assert.Single(asReader.Content.Headers.ContentEncoding));
        Assert.Contains("private", asReader.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var anonymous = AuthenticationTests.Get(LargeQuery, token: null, asReader.Headers.ETag!.ToString());
        anonymous.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var asAnonymous = await client.SendAsync(anonymous);
        Assert.Equal(HttpStatusCode.OK, asAnonymous.StatusCode);
        using var decompressed = new System.IO.Compression.BrotliStream(await asAnonymous.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var text = new StreamReader(decompressed);
        Assert.DoesNotContain(RestrictedCorpus.InternalSourceId, await text.ReadToEndAsync(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage WithToken(HttpRequestMessage request, string token)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
