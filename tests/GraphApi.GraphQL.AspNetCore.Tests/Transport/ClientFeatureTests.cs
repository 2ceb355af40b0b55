using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.AspNetCore.Tests.Engine;
using GraphApi.GraphQL.AspNetCore.Tests.Hosting;

namespace GraphApi.GraphQL.AspNetCore.Tests.Transport;

/// <summary>
/// Issue 6, features for real clients: Apollo's automatic persisted queries (GET and POST), trusted documents, ETags
/// on GET queries, and brotli/gzip compression when asked for.
/// </summary>
public sealed class ClientFeatureTests
{
    private const string Query = "{ hello(name: \"APQ\") }";
    private static readonly string QueryHash = PersistedQueryStore.Hash(Query);

    [Fact]
    public async Task Apq_misses_then_registers_then_runs_by_hash_over_POST_and_GET()
    {
        await using var host = await GraphQLTestHost.StartAsync(TransportTestSchema.Build());

        var miss = await PostAsync(host, new { extensions = Persisted(QueryHash) });
        Assert.Equal(HttpStatusCode.OK, miss.Status);
        Assert.Equal(PersistedQueryStore.NotFoundCode, Code(miss.Json));
        Assert.Equal(PersistedQueryStore.NotFoundMessage, miss.Json.GetProperty("errors")[0].GetProperty("message").GetString());

        var register = await PostAsync(host, new { query = Query, extensions = Persisted(QueryHash) });
        Assert.Equal("Hello, APQ!", register.Json.GetProperty("data").GetProperty("hello").GetString());

        var byHash = await PostAsync(host, new { extensions = Persisted(QueryHash) });
        Assert.Equal("Hello, APQ!", byHash.Json.GetProperty("data").GetProperty("hello").GetString());

        var get = await host.Client.GetAsync(new Uri("graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Persisted(QueryHash))), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("Hello, APQ!", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apq_refuses_a_hash_that_does_not_match_and_an_unknown_version()
    {
        await using var host = await GraphQLTestHost.StartAsync(TransportTestSchema.Build());

        var mismatch = await PostAsync(host, new { query = "{ hello }", extensions = Persisted(QueryHash) });
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.Status);
        Assert.Equal(PersistedQueryStore.HashMismatchCode, Code(mismatch.Json));

        var version = await PostAsync(host, new { extensions = new { persistedQuery = new { version = 2, sha256Hash = QueryHash } } });
        Assert.Equal(PersistedQueryStore.NotSupportedCode, Code(version.Json));

        // The mismatching query was not registered under the hash.
        Assert.Equal(PersistedQueryStore.NotFoundCode, Code((await PostAsync(host, new { extensions = Persisted(QueryHash) })).Json));
    }

    [Fact]
    public async Task Trusted_documents_only_runs_the_file_and_refuses_ad_hoc_queries()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new Dictionary<string, string> { [QueryHash] = Query }));
        try
        {
            await using var host = await GraphQLTestHost.StartAsync(TransportTestSchema.Build(), o =>
            {
                o.PersistedQueries.TrustedDocumentsFile = file;
                o.PersistedQueries.TrustedDocumentsOnly = true;
            });

            var trusted = await PostAsync(host, new { extensions = Persisted(QueryHash) });
            Assert.True(trusted.Json.TryGetProperty("data", out _), trusted.Json.ToString());
            Assert.Equal("Hello, APQ!", trusted.Json.GetProperty("data").GetProperty("hello").GetString());

            var sameText = await PostAsync(host, new { query = Query });
            Assert.Equal("Hello, APQ!", sameText.Json.GetProperty("data").GetProperty("hello").GetString());

            var adHoc = await PostAsync(host, new { query = "{ hello }" });
            Assert.Equal(HttpStatusCode.BadRequest, adHoc.Status);
            Assert.Equal(PersistedQueryStore.TrustedOnlyCode, Code(adHoc.Json));

            var other = "{ hello(name: \"x\") }";
            var registration = await PostAsync(host, new { query = other, extensions = Persisted(PersistedQueryStore.Hash(other)) });
            Assert.Equal(PersistedQueryStore.TrustedOnlyCode, Code(registration.Json));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_trusted_documents_file_with_a_wrong_hash_stops_the_start_naming_file_and_key()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, JsonSerializer.Serialize(new Dictionary<string, string> { ["abc123"] = Query }));
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => new PersistedQueryStore(new PersistedQueryOptions { TrustedDocumentsFile = file }));
            Assert.Contains(file, error.Message, StringComparison.Ordinal);
            Assert.Contains("'abc123'", error.Message, StringComparison.Ordinal);

            File.WriteAllText(file, "{ not json");
            Assert.Contains(file, Assert.Throws<InvalidOperationException>(() => new PersistedQueryStore(new PersistedQueryOptions { TrustedDocumentsFile = file })).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_GET_query_has_an_ETag_and_a_matching_If_None_Match_gets_304_without_a_body()
    {
        await using var host = await GraphQLTestHost.StartAsync(TransportTestSchema.Build());
        var uri = new Uri("graphql?query=" + Uri.EscapeDataString(Query), UriKind.Relative);

        using var first = await host.Client.GetAsync(uri);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, uri);
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await host.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, uri);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));
        using var full = await host.Client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(tag, full.Headers.ETag);

        using var post = await host.Client.PostAsync(new Uri("graphql", UriKind.Relative), Json(new { query = Query }));
        Assert.Null(post.Headers.ETag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Responses_are_compressed_when_the_client_asks(string encoding)
    {
        await using var host = await GraphQLTestHost.StartWithCompressionAsync(TransportTestSchema.Build());
        var big = "{ " + string.Join(' ', Enumerable.Range(0, 80).Select(i => $"a{i}: hello(name: \"compression {i}\")")) + " }";
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = Json(new { query = big }) };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        Assert.True(compressed.Length < text.Length / 2, $"{compressed.Length} compressed bytes for {text.Length} characters");
        Assert.Equal("Hello, compression 79!", JsonDocument.Parse(text).RootElement.GetProperty("data").GetProperty("a79").GetString());

        using var plain = await host.Client.PostAsync(new Uri("graphql", UriKind.Relative), Json(new { query = big }));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_small_answer_is_not_compressed()
    {
        await using var host = await GraphQLTestHost.StartWithCompressionAsync(TransportTestSchema.Build());
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = Json(new { query = "{ __typename }" }) };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(31, response.Content.Headers.ContentLength);
    }

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static string? Code(JsonElement json) => json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(GraphQLTestHost host, object body)
    {
        using var response = await host.Client.PostAsync(new Uri("graphql", UriKind.Relative), Json(body));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
