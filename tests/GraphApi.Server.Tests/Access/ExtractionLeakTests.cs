using System.Net;
using System.Text.Json.Nodes;
using GraphApi.Knowledge.Import;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// Issue 16 on issue 13's reads: an uncurated article dropped into the seeds as <c>visibility: internal</c> brings
/// extracted claims (unreviewed) and candidates. Roles × the roots that show them × both stores: a reader gets exactly
/// what anyone gets when the article is public, and an anonymous caller gets that answer without the article's claims,
/// its candidates, or its occurrences of candidates that public articles also hold, every totalCount included.
/// </summary>
public sealed class ExtractionLeakTests(ExtractionLeakServers servers) : IClassFixture<ExtractionLeakServers>
{
    public static readonly IReadOnlyDictionary<string, string> Documents = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["candidates"] = """
            {
              all: candidates(first: 500) { totalCount pageInfo { hasNextPage } nodes { id name kind cue confidence occurrences { source { id title } start end text sentence } } }
              people: candidates(where: { kind: PERSON }, first: 500) { totalCount nodes { id name } }
              inInternal: candidates(where: { sourceId: "INTERNAL" }, first: 500) { totalCount nodes { id } }
            }
            """,
        ["unreviewed claims"] = """
            {
              unreviewed: claims(where: { reviewed: false }, first: 500) { totalCount nodes { id text textAr reviewed extraction { method confidence } speaker { id } source { id } evidence { id quote start end sentence } conflicts { id reason } corroborations { id } } }
              reviewed: claims(where: { reviewed: true }, first: 500) { totalCount nodes { id conflicts { id } corroborations { id } } }
              all: claims(first: 500) { totalCount nodes { id } }
              figures: claims(where: { kind: QUANTITY, metric: "terrorist-cells-dismantled" }, first: 500) { totalCount nodes { id reviewed quantity { value } } }
            }
            """,
        ["nodes"] = """
            { nodes(ids: ["INTERNAL", "FIRST_CANDIDATE", "FIRST_EXTRACTED"]) { id ... on Claim { text reviewed } ... on Candidate { name occurrences { start } } } }
            """,
        ["conflicts"] = """
            { conflicts { id reason left { id reviewed source { id } } right { id reviewed source { id } } } }
            """,
        ["sources"] = """
            { sources(first: 500) { totalCount nodes { id title claims(first: 500) { totalCount nodes { id reviewed } } } } }
            """,
        ["people"] = """
            { people(first: 500) { totalCount nodes { id claims(first: 500) { totalCount nodes { id reviewed } } mentions(first: 500) { totalCount nodes { id source { id } } } } } }
            """,
        ["passages"] = """
            { passages(text: "INTERNAL_WORD", first: 500) { nodes { source { id } start end text } } }
            """,
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var store in new[] { "embedded", "neo4j" })
        {
            foreach (var document in Documents.Keys)
            {
                data.Add(store, document);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Readers_see_what_anyone_sees_when_the_article_is_public(string store, string document)
    {
        var query = Document(document);
        var (_, oracle) = await LeakServers.AskAsync(servers.Oracle, query, token: null);
        Assert.Null(oracle["errors"]);
        var (status, reader) = await LeakServers.AskAsync(servers.Store(store), query, TestTokens.Reader);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(oracle.ToJsonString(), reader.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Anonymous_callers_get_the_readers_answer_without_the_article(string store, string document)
    {
        var query = Document(document);
        var (status, anonymous) = await LeakServers.AskAsync(servers.Store(store), query, token: null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(anonymous["errors"]);
        Assert.Empty(ReaderMinusSecrets.Leaks(anonymous, servers.Secrets));
        var (_, reader) = await LeakServers.AskAsync(servers.Store(store), query, TestTokens.Reader);
        Assert.Equal(ReaderMinusSecrets.Apply(reader, servers.Secrets)!.ToJsonString(), anonymous.ToJsonString());
    }

    /// <summary>The rows are not empty-handed: the internal article does bring extracted claims and candidates to a reader.</summary>
    [Theory]
    [InlineData("embedded")]
    [InlineData("neo4j")]
    public async Task The_internal_article_brings_extracted_claims_and_candidates_to_readers_only(string store)
    {
        var (_, reader) = await LeakServers.AskAsync(servers.Store(store), Document("candidates"), TestTokens.Reader);
        var (_, anonymous) = await LeakServers.AskAsync(servers.Store(store), Document("candidates"), token: null);
        Assert.True(reader["data"]!["inInternal"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Equal(0, anonymous["data"]!["inInternal"]!["totalCount"]!.GetValue<int>());

        var (_, claims) = await LeakServers.AskAsync(servers.Store(store), Document("unreviewed claims"), TestTokens.Reader);
        Assert.Contains(claims["data"]!["unreviewed"]!["nodes"]!.AsArray(), c => c!["source"]!["id"]!.GetValue<string>() == ExtractionLeakServers.InternalSourceId);
    }

    private string Document(string name) => Documents[name]
        .Replace("INTERNAL_WORD", servers.Secrets.InternalOnlyWord, StringComparison.Ordinal)
        .Replace("INTERNAL", ExtractionLeakServers.InternalSourceId, StringComparison.Ordinal)
        .Replace("FIRST_CANDIDATE", servers.Secrets.Ids.Where(id => id.StartsWith("candidate/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First(), StringComparison.Ordinal)
        .Replace("FIRST_EXTRACTED", servers.Secrets.Ids.Where(id => id.StartsWith("claim/x/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First(), StringComparison.Ordinal);
}

/// <summary>
/// The servers of <see cref="ExtractionLeakTests"/>: the seeds plus an uncurated article, internal, on the embedded store
/// and on Neo4j (auth on), and the oracle: the same corpus with the article public, on the embedded store.
/// </summary>
public sealed class ExtractionLeakServers : LeakServers
{
    public const string InternalFile = "synthetic_ar_security_review.txt";
    public const string InternalSourceId = "source/synthetic_ar_security_review";

    private readonly TestCorpus restricted = new();
    private readonly TestCorpus unrestricted = new();

    protected override string RestrictedDirectory => restricted.Directory;

    protected override string UnrestrictedDirectory => unrestricted.Directory;

    protected override async Task<InternalSecrets> SecretsAsync()
    {
        var article = GraphApi.Testing.Repository.PathOf("tests", "GraphApi.Knowledge.Tests", "Fixtures", "extraction", InternalFile);
        AddArticle(restricted.Directory, article, "    visibility: internal");
        AddArticle(unrestricted.Directory, article, "    visibility: public");
        var graph = (await new ImportPipeline().ImportCorpusAsync(unrestricted.Directory)).GraphOrThrow();
        return InternalSecrets.Of(graph, InternalSourceId);
    }

    protected override void DisposeCorpora()
    {
        restricted.Dispose();
        unrestricted.Dispose();
    }

    private static void AddArticle(string corpus, string article, string visibility)
    {
        File.Copy(article, Path.Combine(corpus, "sources", InternalFile));
        File.AppendAllLines(Path.Combine(corpus, "knowledge", "sources.yaml"), ["  - file: " + InternalFile, visibility]);
    }
}
