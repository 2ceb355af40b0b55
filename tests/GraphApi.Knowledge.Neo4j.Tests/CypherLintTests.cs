using System.Text.Json;
using System.Text.RegularExpressions;
using GraphApi.Testing;
using Xunit.Abstractions;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Issue 11, Neo4j 5: only 3.1.1 runs here, so the Cypher the store sends to a 5.x server is held to Neo4j's own
/// language support (npm <c>@neo4j-cypher/language-support</c>, <c>lintCypherQuery</c>), which knows Cypher 5's grammar,
/// its removals (<c>CREATE INDEX ON</c>, <c>exists(n.prop)</c>, <c>{param}</c>, <c>size()</c> of a pattern) and its
/// deprecations (<c>id(n)</c>). Every text of the 5.x catalogue is linted, schema statements included, with the
/// parameters the store sends with it declared; none may draw an error or a warning.
/// </summary>
public sealed partial class CypherLintTests(ITestOutputHelper output)
{
    private static readonly string LintFolder = Path.Combine(Repository.Root, "scripts", "cypher-lint");

    [Fact]
    public async Task Every_query_for_Neo4j_5_lints_without_errors_or_warnings()
    {
        // The store, talking to a 5.x server, through every operation: over a partition with an old layout to remove and
        // a previous import to update (an entity and a source the new graph drops, a source it keeps as it was, a source
        // it rewrites, a conflict it rewrites and a corroboration it drops).
        var kept = StoreCalls.EveryShape("value");
        var keptSource = kept.Sources.Single(s => s.Id == "source/b");
        var keptDigest = GraphDigest.OfSource(keptSource, kept.Mentions.Where(m => m.SourceId == keptSource.Id), kept.Claims.Where(c => c.SourceId == keptSource.Id), new GraphApi.Knowledge.Visibility.GraphVisibility(kept));
        var runner = new RecordingCypherRunner("Neo4j/5.26.0", legacyNodes: 3, (q, query) =>
            query == q.Writes.ExistingEntities ? [Row(("id", "person/gone"), ("digest", "old"), ("blocks", 2L))]
            : query == q.Writes.ExistingSources ? [Row(("id", "source/gone"), ("digest", "old")), Row(("id", keptSource.Id), ("digest", keptDigest)), Row(("id", "source/a"), ("digest", "old"))]
            : query == q.Writes.ExistingClaimPairs ?
            [
                Row(("type", "CONFLICTS_WITH"), ("id", kept.Conflicts[0].Id), ("digest", "old"), ("a", "lint|claim/a"), ("b", "lint|claim/b")),
                Row(("type", "CORROBORATES"), ("id", "corroboration/claim/gone|claim/a"), ("digest", "old"), ("a", "lint|claim/gone"), ("b", "lint|claim/a")),
            ]
            : null);
        var store = new Neo4jKnowledgeStore(runner, new Neo4jStoreOptions { Uri = new Uri("bolt://127.0.0.1:1"), Partition = "lint" });
        await StoreCalls.ExerciseAsync(store, "value");
        var catalogue = CypherQueries.Neo4j5.All;
        var sent = runner.Sent.GroupBy(s => s.Query, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Parameters, StringComparer.Ordinal);
        Assert.Empty(sent.Keys.Except(catalogue, StringComparer.Ordinal));
        var unsent = catalogue.Except(sent.Keys, StringComparer.Ordinal).ToList();
        unsent.ForEach(q => output.WriteLine("never sent: " + q));
        Assert.Empty(unsent);

        var requests = catalogue.Select(query => new
        {
            query,
            parameters = Declared(query, sent.GetValueOrDefault(query) ?? new Dictionary<string, object?>()),
        }).ToList();
        var answer = await NodeScript.RunInAsync(LintFolder, "lint.mjs", [], JsonSerializer.Serialize(requests), TimeSpan.FromMinutes(10));
        var results = JsonSerializer.Deserialize<List<LintResult>>(answer, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

        Assert.Equal(catalogue.Count, results.Count);
        var flagged = results.Where(r => r.Diagnostics.Count > 0).ToList();
        foreach (var result in flagged)
        {
            output.WriteLine(result.Query);
            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine($"  {(diagnostic.Severity == 1 ? "error" : "warning")}: {diagnostic.Message}");
            }
        }

        output.WriteLine($"{results.Count} query texts for Neo4j 5 linted; {flagged.Count} flagged");
        Assert.Empty(flagged);
    }

    [Fact]
    public async Task The_linter_catches_what_Cypher_5_removed()
    {
        string[] removed =
        [
            "CREATE INDEX ON :Entity(partition)",
            "MATCH (n) WHERE exists(n.name) RETURN n",
            "MATCH (n) WHERE n.name = {name} RETURN n",
            "MATCH (n:Entity) RETURN size((n)<-[:MENTIONS]-()) AS degree",
            "MATCH (n) RETURN id(n)",
        ];
        var answer = await NodeScript.RunInAsync(
            LintFolder, "lint.mjs", [], JsonSerializer.Serialize(removed.Select(query => new { query, parameters = new { name = "x" } })), TimeSpan.FromMinutes(10));
        var results = JsonSerializer.Deserialize<List<LintResult>>(answer, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.All(results, r => Assert.NotEmpty(r.Diagnostics));
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>Every <c>$name</c> of the text, with the value the store sent (JSON-friendly), so the linter checks them as declared.</summary>
    private static Dictionary<string, object?> Declared(string query, IReadOnlyDictionary<string, object?> sent) =>
        ParameterName().Matches(query).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
            .ToDictionary(name => name, name => sent.GetValueOrDefault(name), StringComparer.Ordinal);

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();

    private sealed record LintResult(string Query, List<LintDiagnostic> Diagnostics);

    private sealed record LintDiagnostic(int Severity, string Message);
}
