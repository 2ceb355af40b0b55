using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.Errors;
using GraphApi.Server.Hosting;
using GraphApi.Testing;

namespace GraphApi.Server.Tests;

/// <summary>
/// Issue 15, error codes: every error carries <c>extensions.code</c>, the conventional ones (Apollo Server, HotChocolate)
/// where they apply, and docs/error-codes.md lists exactly the codes the code defines.
/// </summary>
public sealed partial class ErrorCodeTests : IAsyncLifetime
{
    private readonly TestCorpus corpus = new();
    private ServerFactory? server;
    private HttpClient? client;

    public static TheoryData<string, string, string> Requests() => new()
    {
        { "a syntax error", """{"query":"{ people( "}""", GraphQLErrorCodes.ParseFailed },
        { "an unknown field", """{"query":"{ nope }"}""", GraphQLErrorCodes.ValidationFailed },
        { "a variable of the wrong type", """{"query":"query($n: Int!) { people(first: $n) { totalCount } }","variables":{"n":"x"}}""", GraphQLErrorCodes.BadUserInput },
        { "a missing variable", """{"query":"query($n: Int!) { people(first: $n) { totalCount } }"}""", GraphQLErrorCodes.BadUserInput },
        { "an argument the field refuses", """{"query":"{ people(first: -1) { totalCount } }"}""", GraphQLErrorCodes.BadUserInput },
        { "a cursor this API did not return", """{"query":"{ people(after: \"nope\") { totalCount } }"}""", Schema.Errors.ErrorCodes.BadCursor },
        { "two operations and no name", """{"query":"query A { __typename } query B { __typename }"}""", GraphQLErrorCodes.OperationResolutionFailure },
        { "an unknown operation name", """{"query":"query A { __typename }","operationName":"C"}""", GraphQLErrorCodes.OperationResolutionFailure },
        { "no query", """{"variables":{}}""", GraphQLErrorCodes.BadRequest },
        { "variables that are not an object", """{"query":"{ __typename }","variables":[1]}""", GraphQLErrorCodes.BadRequest },
        { "fields nested too deep", """{"query":"{ people { nodes { claims { nodes { source { id } } } } } }"}""", GraphQLErrorCodes.MaxDepthExceeded },
        { "too many fields in one selection set", """{"query":"{ people { nodes { id name nameAr aliases } } }"}""", GraphQLErrorCodes.MaxFieldsExceeded },
        { "a query that costs too much", """{"query":"{ people(first: 100) { nodes { claims(first: 100) { nodes { id } } } } }"}""", GraphQLErrorCodes.MaxCostExceeded },
        { "an unknown persisted query", """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""", "PERSISTED_QUERY_NOT_FOUND" },
        { "a body over the size limit", "{\"query\":\"{ __typename " + new string(' ', 3000) + "}\"}", GraphQLHttpErrorCodes.PayloadTooLarge },
    };

    public async Task InitializeAsync()
    {
        server = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:GraphQL:Limits:MaxDepth"] = "5",
            ["GraphApi:GraphQL:Limits:MaxFieldsPerSelectionSet"] = "3",
            ["GraphApi:GraphQL:Limits:MaxCost"] = "500",
            ["GraphApi:GraphQL:MaxRequestBodySize"] = "2000",
        });
        client = server.CreateClient();
        await GraphQLEndpointTests.WaitForReadyAsync(client);
    }

    public async Task DisposeAsync()
    {
        client!.Dispose();
        await server!.DisposeAsync();
        corpus.Dispose();
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_error_of_a_failed_request_carries_its_code(string what, string body, string code)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await client!.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(code, SingleCode(await response.Content.ReadAsStringAsync(), what));
    }

    [Fact]
    public async Task Transport_refusals_carry_codes_too()
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, "/graphql");
        Assert.Equal(GraphQLHttpErrorCodes.MethodNotAllowed, SingleCode(await (await client!.SendAsync(put)).Content.ReadAsStringAsync(), "PUT"));

        using var csv = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        csv.Headers.Add("Accept", "text/csv");
        var notAcceptable = await client.SendAsync(csv);
        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.StatusCode);
        Assert.Equal(GraphQLHttpErrorCodes.NotAcceptable, SingleCode(await notAcceptable.Content.ReadAsStringAsync(), "Accept: text/csv"));

        using var text = new StringContent("{ __typename }", Encoding.UTF8, "text/plain");
        Assert.Equal(GraphQLHttpErrorCodes.UnsupportedMediaType, SingleCode(await (await client.PostAsync(new Uri("/graphql", UriKind.Relative), text)).Content.ReadAsStringAsync(), "text/plain"));

        var mutationByGet = await client.GetAsync(new Uri("/graphql?query=mutation%20%7B__typename%7D", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutationByGet.StatusCode);
        Assert.Equal(GraphQLHttpErrorCodes.MethodNotAllowed, SingleCode(await mutationByGet.Content.ReadAsStringAsync(), "a mutation by GET"));
    }

    [Fact]
    public async Task Partial_data_keeps_its_field_errors_coded()
    {
        using var content = new StringContent("""{"query":"{ ok: people(first: 1) { totalCount } bad: path(from: \"person/habboub\", to: \"institution/bcij\", maxHops: -1) { length } }"}""", Encoding.UTF8, "application/json");
        using var json = JsonDocument.Parse(await (await client!.PostAsync(new Uri("/graphql", UriKind.Relative), content)).Content.ReadAsStringAsync());

        Assert.True(json.RootElement.GetProperty("data").GetProperty("ok").GetProperty("totalCount").GetInt32() > 0);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(GraphQLErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("bad", error.GetProperty("path")[0].GetString());
    }

    /// <summary>docs/error-codes.md has one row per code the code defines, and no other.</summary>
    [Fact]
    public void The_docs_table_lists_exactly_the_codes_the_code_defines()
    {
        var defined = new[]
            {
                typeof(GraphQLErrorCodes), typeof(GraphQLHttpErrorCodes), typeof(PersistedQueryStore), typeof(Schema.Errors.ErrorCodes),
                typeof(InstrumentedKnowledgeStore), typeof(RequestProtectionExtensions),
            }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string) && (field.DeclaringType != typeof(PersistedQueryStore) && field.DeclaringType != typeof(InstrumentedKnowledgeStore) && field.DeclaringType != typeof(RequestProtectionExtensions) || field.Name.EndsWith("Code", StringComparison.Ordinal)))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var documented = TableCode().Matches(File.ReadAllText(Repository.PathOf("docs", "error-codes.md")))
            .Select(match => match.Groups[1].Value)
            .ToList();

        Assert.Equal(documented.Count, documented.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(defined.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    private static string SingleCode(string body, string what)
    {
        using var json = JsonDocument.Parse(body);
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.True(errors.Count > 0, $"{what}: no errors in {body}");
        var codes = errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).Distinct().ToList();
        Assert.True(codes.Count == 1 && codes[0] is not null, $"{what}: every error needs the same code, got [{string.Join(", ", codes)}] in {body}");
        return codes[0]!;
    }

    [GeneratedRegex(@"^\| `([A-Z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();
}
