using System.Text.Json;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Validation;
using GraphApi.Testing;
using Xunit.Abstractions;

namespace GraphApi.Schema.Tests.Conformance;

/// <summary>
/// Differential validation (spec §5) with graphql-js as the oracle: every document of a corpus of hand-written and
/// generated documents gets the same verdict (valid or not) and the same number of errors from graphql-js
/// <c>validate</c>, run over <c>schema/schema.graphql</c>, as from our <see cref="DocumentValidator"/> over the
/// code-first schema. Any difference is listed.
/// </summary>
public sealed class DifferentialValidationTests(ITestOutputHelper output)
{
    private const int GeneratedDocuments = 400;

    private static readonly (string Name, string Document)[] HandWritten =
    [
        ("typename", "{ __typename }"),
        ("node-by-id", "{ node(id: \"person/habboub\") { id ... on Person { name } } }"),
        ("nodes-list", "{ nodes(ids: [\"a\", \"b\"]) { id } }"),
        ("search-with-kinds", "query($t: String!) { search(text: $t, kinds: [PERSON, PLACE], first: 5) { score matched entity { id name } } }"),
        ("search-missing-text", "{ search { score } }"),
        ("search-bad-enum", "{ search(text: \"x\", kinds: [NOT_A_KIND]) { score } }"),
        ("people-paged", "{ people(first: 2, after: \"x\") { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { name } } }"),
        ("people-where", "{ people(where: { nameContains: \"حبوب\" }) { nodes { id } } }"),
        ("people-where-unknown", "{ people(where: { nope: 1 }) { nodes { id } } }"),
        ("claims-kind", "{ claims(where: { kind: QUANTITY }) { nodes { id quantity { value } } } }"),
        ("claims-kind-string", "{ claims(where: { kind: \"QUANTITY\" }) { nodes { id } } }"),
        ("path", "{ path(from: \"a\", to: \"b\", maxHops: 3) { length } }"),
        ("path-float-hops", "{ path(from: \"a\", to: \"b\", maxHops: 3.5) { length } }"),
        ("neighborhood", "{ neighborhood(id: \"a\") { __typename } }"),
        ("timeline", "{ timeline(entityId: \"a\") { __typename } }"),
        ("timeline-corpus", "{ timeline(first: 5) { totalCount nodes { date label } pageInfo { endCursor } } }"),
        ("conflicts-no-selection", "{ conflicts }"),
        ("scalar-with-selection", "{ __typename { x } }"),
        ("unknown-type-condition", "{ ... on Nope { __typename } }"),
        ("query-fragment-on-query", "{ ...Q } fragment Q on Query { __typename }"),
        ("fragment-on-wrong-root", "{ ...Q } fragment Q on Person { id }"),
        ("variables-default", "query($n: Int = 3) { people(first: $n) { totalCount } }"),
        ("variable-default-wrong-type", "query($n: Int = \"three\") { people(first: $n) { totalCount } }"),
        ("variable-list-into-scalar", "query($n: [Int]) { people(first: $n) { totalCount } }"),
        ("variable-in-directive", "query($b: Boolean!) { __typename @include(if: $b) }"),
        ("unused-and-undefined", "query($a: Int) { people(first: $b) { totalCount } }"),
        ("duplicate-variable", "query($a: Int, $a: Int) { people(first: $a) { totalCount } }"),
        ("subscription-missing", "subscription { __typename }"),
        ("mutation-missing", "mutation { __typename }"),
        ("schema-definition-in-request", "type Foo { a: Int } { __typename }"),
        ("two-anonymous", "{ __typename } { __typename }"),
        ("same-response-name-same-field", "{ a: __typename a: __typename }"),
        ("same-response-name-different-args", "{ a: search(text: \"x\") { score } a: search(text: \"y\") { score } }"),
        ("deep-introspection", "{ __schema { types { name fields(includeDeprecated: true) { name args { name type { name ofType { name } } } } } } }"),
        ("type-by-name", "{ __type(name: \"Person\") { name kind interfaces { name } possibleTypes { name } } }"),
        ("introspection-missing-arg", "{ __type { name } }"),
        ("directive-on-fragment-spread", "{ ...F @skip(if: false) } fragment F on Query { __typename }"),
        ("directive-on-variable-definition", "query($a: Int @skip(if: true)) { people(first: $a) { totalCount } }"),
        ("deprecated-on-field-in-query", "{ __typename @deprecated }"),
        ("conflict-in-inline-fragment", "{ search(text: \"x\") { entity { ... on Program { mentions { totalCount } mentions(first: 32) { totalCount } } } } }"),
        ("conflict-down-a-fragment-chain", "{ node(id: \"x\") { ...F0 } } fragment F0 on Node { id ...F1 } fragment F1 on Node { id ...F2 } fragment F2 on Node { id ...F3 } fragment F3 on Node { id: __typename }"),
        ("conflict-free-chain-then-conflict", "{ a: node(id: \"x\") { ...G0 } b: node(id: \"y\") { id ...G1 } } fragment G0 on Node { id ...G1 } fragment G1 on Node { id ...G2 } fragment G2 on Node { id ...G3 } fragment G3 on Node { __typename id: __typename }"),
        ("conflict-in-a-fragment-cycle", "{ node(id: \"x\") { ...C0 } } fragment C0 on Node { id ...C1 } fragment C1 on Node { id ...C2 } fragment C2 on Node { id: __typename ...C0 }"),
        ("conflict-with-spread", "{ search(text: \"x\") { entity { ... on Program { mentions { totalCount ...M } mentions(first: 32) { totalCount } } } } } fragment M on MentionConnection { totalCount }"),
        ("conflict-at-root", "{ people(first: 1) { totalCount } people(first: 2) { totalCount } }"),
        ("syntax-error", "{ people(first: ) { totalCount } }"),
        ("unterminated", "{ people { nodes { id }"),
    ];

    [Fact]
    public async Task Graphql_js_and_our_validator_agree_on_every_document()
    {
        var schema = SchemaHarness.Schema;
        var corpus = HandWritten
            .Concat(QueryFiles())
            .Append((Name: "graphiql-introspection", Document: GraphiQLIntrospectionQuery))
            .Concat(new ValidationCorpusGenerator(schema, seed: 20261122).Generate(GeneratedDocuments))
            .ToList();
        Assert.Equal(corpus.Count, corpus.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());

        var corpusFile = Path.Combine(Path.GetTempPath(), $"graphapi-validation-corpus-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(corpusFile, JsonSerializer.Serialize(corpus.Select(c => new { name = c.Name, document = c.Document })));
        string reference;
        try
        {
            reference = await NodeScript.RunToSuccessAsync("validate.mjs", [Path.Combine(Repository.Root, "schema", "schema.graphql"), corpusFile], TimeSpan.FromMinutes(2));
        }
        finally
        {
            File.Delete(corpusFile);
        }

        using var verdicts = JsonDocument.Parse(reference);
        var differences = new List<string>();
        var invalid = 0;
        foreach (var (verdict, (name, document)) in verdicts.RootElement.EnumerateArray().Zip(corpus))
        {
            Assert.Equal(name, verdict.GetProperty("name").GetString());
            var theirs = verdict.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
            var ours = OurErrors(schema, document);
            invalid += ours.Count > 0 ? 1 : 0;
            if (ours.Count != theirs.Count)
            {
                differences.Add($"{name}: graphql-js {theirs.Count} error(s) [{string.Join(" | ", theirs)}], ours {ours.Count} [{string.Join(" | ", ours)}]\n    {document}");
            }
        }

        output.WriteLine($"{corpus.Count} documents ({HandWritten.Length} hand-written, {GeneratedDocuments} generated), {invalid} invalid, {differences.Count} disagreements");
        Assert.True(invalid > corpus.Count / 2, "the corpus should exercise the rules with mostly invalid documents");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static List<string> OurErrors(GraphApi.GraphQL.Types.GraphQLSchema schema, string document)
    {
        try
        {
            return [.. DocumentValidator.Validate(schema, Parser.Parse(document), 1000).Select(e => e.Message)];
        }
        catch (GraphQLSyntaxError error)
        {
            return [error.Message];
        }
    }

    private static IEnumerable<(string Name, string Document)> QueryFiles() =>
        Directory.GetFiles(RepositoryPaths.Queries, "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(f => ("query-file-" + Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));

    private const string GraphiQLIntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        """;
}
