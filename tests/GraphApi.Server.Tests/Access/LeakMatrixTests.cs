using System.Net;
using System.Text.Json.Nodes;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// Issue 16, the leak matrix: roles (anonymous, reader, editor) × every root field of Query × both stores, on a copy of
/// the seeds in which one article is internal. A reader and an editor get exactly what anyone gets from the unrestricted
/// seeds. An anonymous caller gets no secret (the article's id, file, title, quotes, its claims, evidence and mentions by
/// id, conflicts and corroborations with it on a side, relationships only it backs, entities only it references), and,
/// for every root field that can only shrink, exactly the reader's answer minus the secrets, every totalCount included.
/// </summary>
public sealed class LeakMatrixTests(LeakMatrixServers servers) : IClassFixture<LeakMatrixServers>
{
    private const string ClaimDeep = """
        fragment ClaimDeep on Claim {
          id kind text textAr date origin wasDerivedFrom modality note
          subject { id } object { id } speaker { id } about { id }
          attribution { kind affiliation { id name } text en start end }
          dateAsWritten { text en start end }
          source { id title titleEn fileName citation }
          evidence { id quote en start end sentence sourceHash source { id } }
          conflicts { id reason left { id } right { id } }
          conflictsWith { id }
          corroborations { id reason claims { id } }
          corroboratedBy { id }
          importRun { id sourceHashes { fileName sha256 } }
        }
        """;

    private const string EntityDeep = """
        fragment EntityDeep on Entity {
          id name nameAr aliases
          mentions(first: 500) { totalCount nodes { id start end text sentence source { id title } impliedBy { id } } }
          claims(first: 500) { totalCount nodes { ...ClaimDeep } }
          relationships(first: 500) { totalCount nodes { id type direction from { id } to { id } other { id } claims { id evidence { quote } } } }
          sources { id title fileName citation }
          ... on Person { roles { title institution { id } claims { id } sources { id } conflicts { id } } }
          ... on Institution { parent { id } subUnits { id } leaders { id } members { id } memberships { id } }
          ... on Event { place { id } participants { id } relatedEvents { id } }
          ... on Document { publisher { id } }
        }
        """;

    /// <summary>
    /// One document per root field; HIDDEN stands for an entity that only the internal article references (one with
    /// relationships, so a reader finds a path to it), INTERNAL_WORD for a word only the internal article's body holds.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> RootFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["node"] = """
            {
              internalSource: node(id: "source/004_fcad1568809268b8") { id ... on Source { title text } }
              internalClaim: node(id: "claim/004-bcij-cells-2009") { id ... on Claim { text evidence { quote start end } } }
              hiddenEntity: node(id: "HIDDEN") { id }
              morocco: node(id: "place/morocco") { ...EntityDeep }
              voronkov: node(id: "person/voronkov") { ...EntityDeep }
              publicClaim: node(id: "claim/000-voronkov-title-asg") { ...ClaimDeep }
            }
            """ + EntityDeep + ClaimDeep,
        ["nodes"] = """
            { nodes(ids: ["source/004_fcad1568809268b8", "place/morocco", "claim/004-voronkov-title-usg", "HIDDEN", "claim/000-voronkov-title-asg", "person/habboub"]) {
                id ... on Claim { ...ClaimDeep } ... on Source { title } ... on Entity { name mentions(first: 500) { totalCount nodes { id source { id } } } }
            } }
            """ + ClaimDeep,
        ["people"] = EntityList("people"),
        ["institutions"] = EntityList("institutions"),
        ["events"] = EntityList("events"),
        ["places"] = EntityList("places"),
        ["programs"] = EntityList("programs"),
        ["documents"] = EntityList("documents"),
        ["candidates"] = """
            { candidates(first: 500) { totalCount nodes { id name kind cue occurrences { source { id } start end text sentence } } } }
            """,
        ["claims"] = """
            {
              all: claims(first: 500) { totalCount nodes { id text source { id } evidence { id quote start end } conflicts { id } corroborations { id } } }
              cells: claims(where: { kind: QUANTITY, metric: "terrorist-cells-dismantled" }, first: 500) { totalCount nodes { id quantity { value } } }
              byDate: claims(order: [{ field: DATE }], first: 500) { totalCount nodes { id date } }
              aboutMorocco: claims(where: { entityId: "place/morocco" }, first: 500) { totalCount nodes { id } }
              unnamedSources: claims(where: { attributionKind: ANONYMOUS }, order: [{ field: DATE }], first: 500) { totalCount nodes { id attribution { kind affiliation { id } text start end } } }
              reported: claims(where: { attributionKind: REPORTED }, first: 500) { totalCount nodes { id speaker { id ... on Document { publisher { id } } } attribution { affiliation { id } } } }
              notYet: claims(where: { modality: FUTURE }, first: 500) { totalCount nodes { id modality dateAsWritten { text start end } note } }
              possible: claims(where: { modality: POSSIBLE }, first: 500) { totalCount nodes { id } }
            }
            """,
        ["sources"] = """
            {
              sources(first: 10) { totalCount nodes { id fileName title titleEn citation
                mentions(first: 500) { totalCount nodes { id start end entity { id } } }
                claims(first: 500) { totalCount nodes { id evidence { id start end } } } } }
              mentioningMorocco: sources(where: { mentionsEntityId: "place/morocco" }, first: 500) { totalCount nodes { id } }
            }
            """,
        ["search"] = """
            {
              voronkov: search(text: "Voronkov", first: 200) { score matched entity { id name } }
              morocco: search(text: "المغرب", first: 200) { score matched entity { id } }
              hidden: search(text: "HIDDEN_NAME", first: 200) { score matched entity { id } }
              documents: search(text: "التقارير", kinds: [DOCUMENT], first: 200) { score matched entity { id ... on Document { publisher { id } } } }
              everyKind: search(text: "الإرهاب", first: 200) { score matched entity { id } }
            }
            """,
        ["passages"] = """
            {
              sahel: passages(text: "الساحل", first: 500) { pageInfo { hasNextPage } nodes { source { id title } start end text score highlights { start end } } }
              terrorism: passages(text: "الإرهاب", first: 500) { edges { node { source { id } start end text highlights { start end } } } }
              phrase: passages(text: "\"مكافحة الإرهاب\"", first: 500) { nodes { source { id } start end text } }
              internalOnly: passages(text: "INTERNAL_WORD", first: 500) { nodes { source { id } start end text } }
              inInternal: passages(text: "المغرب", where: { sourceId: "source/004_fcad1568809268b8" }, first: 500) { pageInfo { hasNextPage } nodes { source { id } start end text } }
              byOutlet: passages(text: "المغرب", where: { publishedFrom: "2000" }, first: 500) { nodes { source { id } start end } }
            }
            """,
        ["timeline"] = """
            {
              corpus: timeline(first: 500) { totalCount nodes { date kind label event { id } claim { id evidence { quote } } } }
              habboub: timeline(entityId: "person/habboub", first: 500) { totalCount nodes { date kind label event { id } claim { id } } }
            }
            """,
        ["conflicts"] = """
            { conflicts { id reason left { id text source { id } evidence { quote start end } } right { id text source { id } evidence { quote start end } } } }
            """,
        ["path"] = """
            {
              fischerToUnoct: path(from: "person/david-fischer", to: "institution/unoct", maxHops: 8) { length hops { from { id } to { id } relationship { id type } claims { id evidence { quote start end } } } nodes { id } }
              toHidden: path(from: "place/morocco", to: "HIDDEN", maxHops: 8) { length hops { relationship { id } } }
            }
            """,
        ["neighborhood"] = """
            {
              morocco: neighborhood(id: "place/morocco", depth: 2, first: 500) { truncated nodes { id name } edges { id type source target relationship { claims { id evidence { quote } } } } }
              hidden: neighborhood(id: "HIDDEN", depth: 1) { nodes { id } edges { id } }
            }
            """,
    };

    /// <summary>Root fields whose answer may route around hidden records instead of only shrinking.</summary>
    private static readonly HashSet<string> Rerouting = new(StringComparer.Ordinal) { "path", "neighborhood" };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var store in new[] { "embedded", "neo4j" })
        {
            foreach (var field in RootFields.Keys)
            {
                data.Add(store, field);
            }
        }

        return data;
    }

    [Fact]
    public void The_matrix_covers_every_root_field_of_the_schema()
    {
        var schema = File.ReadAllText(GraphApi.Testing.Repository.PathOf("schema", "schema.graphql"));
        var query = schema[schema.IndexOf("type Query", StringComparison.Ordinal)..];
        query = query[..query.IndexOf("\n}", StringComparison.Ordinal)];
        var fields = System.Text.RegularExpressions.Regex.Matches(query, @"^  (\w+)[(:]", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(fields.Order(StringComparer.Ordinal), RootFields.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Readers_and_editors_see_everything(string store, string field)
    {
        var query = Document(field);
        var (_, oracle) = await LeakServers.AskAsync(servers.Oracle, query, token: null);
        Assert.Null(oracle["errors"]);
        foreach (var token in new[] { TestTokens.Reader, TestTokens.Editor })
        {
            var (status, answer) = await LeakServers.AskAsync(servers.Store(store), query, token);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(oracle.ToJsonString(), answer.ToJsonString());
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Anonymous_callers_see_no_secret_and_counts_that_leave_it_out(string store, string field)
    {
        var query = Document(field);
        var (status, anonymous) = await LeakServers.AskAsync(servers.Store(store), query, token: null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(anonymous["errors"]);
        Assert.Empty(ReaderMinusSecrets.Leaks(anonymous, servers.Secrets));

        // A valid token without a role reads what anonymous callers read.
        var (_, roleless) = await LeakServers.AskAsync(servers.Store(store), query, TestTokens.NoRole);
        Assert.Equal(anonymous.ToJsonString(), roleless.ToJsonString());

        if (!Rerouting.Contains(field))
        {
            var (_, reader) = await LeakServers.AskAsync(servers.Store(store), query, TestTokens.Reader);
            Assert.Equal(ReaderMinusSecrets.Apply(reader, servers.Secrets)!.ToJsonString(), anonymous.ToJsonString());
        }
    }

    [Theory]
    [InlineData("embedded")]
    [InlineData("neo4j")]
    public async Task A_path_hop_backed_only_by_internal_claims_is_not_walked_and_hidden_ends_are_unknown(string store)
    {
        var (_, reader) = await LeakServers.AskAsync(servers.Store(store), Document("path"), TestTokens.Reader);
        var (_, anonymous) = await LeakServers.AskAsync(servers.Store(store), Document("path"), token: null);
        const string InternalHop = "rel/signed-with/institution/unoct/place/morocco";
        Assert.Contains(InternalHop, reader.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(InternalHop, anonymous.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(reader["data"]!["toHidden"]);
        Assert.Null(anonymous["data"]!["toHidden"]);
    }

    /// <summary>
    /// The passages row is not empty-handed: a reader finds the internal article's own sentences, by a word only it holds
    /// and by filtering on it, and an anonymous caller gets none of them, not even an empty page that says more follow.
    /// </summary>
    [Theory]
    [InlineData("embedded")]
    [InlineData("neo4j")]
    public async Task The_internal_articles_passages_reach_readers_only(string store)
    {
        var (_, reader) = await LeakServers.AskAsync(servers.Store(store), Document("passages"), TestTokens.Reader);
        var (_, anonymous) = await LeakServers.AskAsync(servers.Store(store), Document("passages"), token: null);
        static List<string> Sources(JsonNode answer, string alias) =>
            [.. answer["data"]![alias]!["nodes"]!.AsArray().Select(p => p!["source"]!["id"]!.GetValue<string>())];

        Assert.NotEmpty(Sources(reader, "internalOnly"));
        Assert.All(Sources(reader, "internalOnly"), id => Assert.Equal(RestrictedCorpus.InternalSourceId, id));
        Assert.NotEmpty(Sources(reader, "inInternal"));
        Assert.DoesNotContain(RestrictedCorpus.InternalSourceId, Sources(anonymous, "internalOnly"));
        Assert.Empty(Sources(anonymous, "inInternal"));
        Assert.False(anonymous["data"]!["inInternal"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Contains(RestrictedCorpus.InternalSourceId, Sources(reader, "sahel").Concat(Sources(reader, "phrase")));
    }

    /// <summary>
    /// Filters and orders that depend on facts, which the reader-minus-secrets rule cannot predict: an anonymous caller's
    /// hasConflicts lists hold exactly the items with a visible conflict, mention-count order follows visible mentions,
    /// and filtering by the internal article, or asking for what only it references, finds nothing.
    /// </summary>
    [Theory]
    [InlineData("embedded")]
    [InlineData("neo4j")]
    public async Task Filters_and_orders_of_an_anonymous_caller_count_only_visible_facts(string store)
    {
        var server = servers.Store(store);
        var (_, claims) = await LeakServers.AskAsync(server, """
            {
              all: claims(first: 500) { nodes { id conflicts { id } } }
              conflicting: claims(where: { hasConflicts: true }, first: 500) { totalCount nodes { id } }
              fromInternal: claims(where: { sourceId: "source/004_fcad1568809268b8" }) { totalCount }
            }
            """, token: null);
        var data = claims["data"]!;
        var withConflicts = data["all"]!["nodes"]!.AsArray().Where(n => n!["conflicts"]!.AsArray().Count > 0).Select(n => n!["id"]!.GetValue<string>());
        Assert.Equal(withConflicts, Ids(data["conflicting"]));
        Assert.Equal(0, data["fromInternal"]!["totalCount"]!.GetValue<int>());

        var (_, people) = await LeakServers.AskAsync(server, """
            {
              all: institutions(first: 100) { nodes { id mentions(first: 1) { totalCount } claims(first: 100) { nodes { conflicts { id } } } } }
              byMentions: institutions(order: [{ field: MENTIONS }], first: 100) { nodes { id } }
              conflicting: institutions(where: { hasConflicts: true }, first: 100) { nodes { id } }
              inInternal: institutions(where: { sourceId: "source/004_fcad1568809268b8" }) { totalCount }
            }
            """, token: null);
        data = people["data"]!;
        var all = data["all"]!["nodes"]!.AsArray().Select(n => n!).ToList();
        Assert.Equal(
            all.Where(n => n["claims"]!["nodes"]!.AsArray().Any(c => c!["conflicts"]!.AsArray().Count > 0)).Select(n => n["id"]!.GetValue<string>()).Order(StringComparer.Ordinal),
            Ids(data["conflicting"]).Order(StringComparer.Ordinal));
        Assert.Equal(
            all.OrderByDescending(n => n["mentions"]!["totalCount"]!.GetValue<int>()).ThenBy(n => n["id"]!.GetValue<string>(), StringComparer.Ordinal).Select(n => n["id"]!.GetValue<string>()),
            Ids(data["byMentions"]));
        Assert.Equal(0, data["inInternal"]!["totalCount"]!.GetValue<int>());

        var hidden = servers.Secrets.HiddenEntities.Order(StringComparer.Ordinal).First();
        var (_, unknown) = await LeakServers.AskAsync(server, $$"""
            { timeline(entityId: "{{hidden}}") { totalCount } sources(where: { mentionsEntityId: "{{hidden}}" }) { totalCount } claims(where: { entityId: "{{hidden}}" }) { totalCount } }
            """, token: null);
        Assert.Equal("""{"timeline":{"totalCount":0},"sources":{"totalCount":0},"claims":{"totalCount":0}}""", unknown["data"]!.ToJsonString());
    }

    [Theory]
    [InlineData("embedded")]
    [InlineData("neo4j")]
    public async Task Cursor_pages_of_an_anonymous_caller_walk_exactly_the_visible_list(string store)
    {
        foreach (var root in new[] { "claims", "institutions", "sources" })
        {
            var (_, whole) = await LeakServers.AskAsync(servers.Store(store), $"{{ {root}(first: 500) {{ totalCount nodes {{ id }} }} }}", token: null);
            var expected = whole["data"]![root]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
            Assert.Equal(expected.Count, whole["data"]![root]!["totalCount"]!.GetValue<int>());

            var walked = new List<string>();
            string? after = null;
            do
            {
                var cursor = after is null ? string.Empty : $", after: \"{after}\"";
                var (_, page) = await LeakServers.AskAsync(servers.Store(store), $"{{ {root}(first: 7{cursor}) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ id }} }} }}", token: null);
                var connection = page["data"]![root]!;
                Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
                walked.AddRange(connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
                after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            }
            while (after is not null);

            Assert.Equal(expected, walked);
        }

        // Passages page by cursor with no totalCount: the pages hold the visible sentences, each once, in order, and the
        // last page says there is no next one.
        const string Text = "المغرب";
        static string Key(JsonNode? p) => p!["source"]!["id"]!.GetValue<string>() + "@" + p["start"]!.GetValue<int>();
        var (_, all) = await LeakServers.AskAsync(servers.Store(store), $"{{ passages(text: \"{Text}\", first: 500) {{ nodes {{ source {{ id }} start }} }} }}", token: null);
        var visible = all["data"]!["passages"]!["nodes"]!.AsArray().Select(Key).ToList();
        Assert.DoesNotContain(visible, k => k.StartsWith(RestrictedCorpus.InternalSourceId + "@", StringComparison.Ordinal));
        var read = new List<string>();
        string? next = null;
        do
        {
            var cursor = next is null ? string.Empty : $", after: \"{next}\"";
            var (_, page) = await LeakServers.AskAsync(servers.Store(store), $"{{ passages(text: \"{Text}\", first: 4{cursor}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ source {{ id }} start }} }} }}", token: null);
            var connection = page["data"]!["passages"]!;
            read.AddRange(connection["nodes"]!.AsArray().Select(Key));
            next = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (next is not null);

        Assert.Equal(visible, read);
    }

    private static IEnumerable<string> Ids(JsonNode? connection) => connection!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>());

    private string Document(string field)
    {
        var hidden = servers.Secrets.LinkedHiddenEntity ?? throw new InvalidOperationException("no entity only the internal article references has a relationship");
        return RootFields[field]
            .Replace("HIDDEN_NAME", servers.Secrets.HiddenEntityNames[hidden], StringComparison.Ordinal)
            .Replace("HIDDEN", hidden, StringComparison.Ordinal)
            .Replace("INTERNAL_WORD", servers.Secrets.InternalOnlyWord, StringComparison.Ordinal);
    }

    private static string EntityList(string root) => $$"""
        {
          all: {{root}}(first: 100) { totalCount nodes { id name
            mentions(first: 100) { totalCount nodes { id start end source { id } } }
            claims(first: 100) { totalCount nodes { id source { id } } }
            relationships(first: 100) { totalCount nodes { id other { id } claims { id } } }
            sources { id } } }
          named: {{root}}(where: { nameContains: "a" }, order: [{ field: NAME, direction: DESC }], first: 100) { totalCount nodes { id } }
        }
        """;
}
