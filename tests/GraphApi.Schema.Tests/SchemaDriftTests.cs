using System.Text;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.Schema.Tests;

/// <summary>
/// schema/schema.graphql is the printed SDL of <see cref="KnowledgeGraphSchema.Create"/>. Clients and reviewers read
/// the file, so it must never drift from the code: this test fails on any difference and says how to regenerate it.
/// </summary>
public sealed class SchemaDriftTests
{
    [Fact]
    public void Schema_file_matches_the_code()
    {
        var printed = SchemaPrinter.Print(SchemaHarness.Schema) + "\n";
        var path = RepositoryPaths.SchemaFile;
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") is "1" or "true")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, printed, new UTF8Encoding(false));
        }

        var onDisk = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) : "<missing>";

        Assert.True(
            onDisk == printed,
            $"{path} differs from the schema built in code. Review the change, then regenerate it with:{Environment.NewLine}" +
            $"  UPDATE_SCHEMA=1 dotnet test tests/GraphApi.Schema.Tests --filter SchemaDriftTests{Environment.NewLine}" +
            FirstDifference(onDisk, printed));
    }

    [Theory]
    [InlineData("node", "id: ID!", "Node")]
    [InlineData("nodes", "ids: [ID!]!", "[Node]!")]
    [InlineData("search", "text: String!, kinds: [EntityKind!], first: Int = 10", "[SearchHit!]!")]
    [InlineData("passages", "text: String!, where: PassageFilter, first: Int, after: String", "PassageConnection!")]
    [InlineData("claims", "where: ClaimFilter, order: [ClaimOrder!], first: Int, after: String, last: Int, before: String", "ClaimConnection!")]
    [InlineData("people", "where: EntityFilter, order: [EntityOrder!], first: Int, after: String, last: Int, before: String", "PersonConnection!")]
    [InlineData("institutions", "where: EntityFilter, order: [EntityOrder!], first: Int, after: String, last: Int, before: String", "InstitutionConnection!")]
    [InlineData("events", "where: EntityFilter, order: [EntityOrder!], first: Int, after: String, last: Int, before: String", "EventConnection!")]
    [InlineData("places", "where: EntityFilter, order: [EntityOrder!], first: Int, after: String, last: Int, before: String", "PlaceConnection!")]
    [InlineData("sources", "where: SourceFilter, first: Int, after: String", "SourceConnection!")]
    [InlineData("timeline", "entityId: ID, first: Int, after: String", "TimelineConnection!")]
    [InlineData("conflicts", "", "[Conflict!]!")]
    [InlineData("path", "from: ID!, to: ID!, maxHops: Int = 4", "Path")]
    public void Query_keeps_the_fixed_names_of_issue_4(string field, string arguments, string type)
    {
        var definition = SchemaHarness.Schema.QueryType.GetField(field);

        Assert.NotNull(definition);
        Assert.Equal(type, definition.Type.ToString());
        Assert.Equal(arguments, string.Join(", ", definition.Arguments.Select(a => $"{a}{(a.HasDefaultValue ? " = " + a.DefaultValue : string.Empty)}")));
    }

    [Theory]
    [InlineData("Entity", "id: ID!, name: String!, nameAr: String, aliases: [String!]!, mentions: MentionConnection!")]
    [InlineData("SearchHit", "entity: Entity!, score: Float!, matched: String!")]
    [InlineData("Passage", "source: Source!, start: Int!, end: Int!, text: String!, score: Float!, highlights: [TextSpan!]!")]
    [InlineData("Mention", "source: Source!, start: Int!, end: Int!, text: String!, sentence: String!")]
    [InlineData("Source", "id: ID!, fileName: String!, title: String, url: String, citation: String!")]
    [InlineData("Claim", "id: ID!, kind: ClaimKind!, quantity: Quantity, evidence: [Evidence!]!, conflictsWith: [Claim!]!, corroboratedBy: [Claim!]!")]
    [InlineData("Quantity", "value: Float!")]
    [InlineData("Evidence", "source: Source!, quote: String!, start: Int!, end: Int!, verified: Boolean!")]
    public void Types_keep_the_fixed_fields_of_issue_4(string typeName, string fields)
    {
        var type = Assert.IsAssignableFrom<GraphApi.GraphQL.Types.ComplexType>(SchemaHarness.Schema.GetType(typeName));

        foreach (var expected in fields.Split(", "))
        {
            var name = expected[..expected.IndexOf(':', StringComparison.Ordinal)];
            Assert.Equal(expected, $"{name}: {type.GetField(name)?.Type}");
        }
    }

    [Fact]
    public void Neighborhood_keeps_its_fixed_arguments_and_entity_mentions_take_first_after()
    {
        var neighborhood = SchemaHarness.Schema.QueryType.GetField("neighborhood")!;
        var mentions = ((GraphApi.GraphQL.Types.ComplexType)SchemaHarness.Schema.GetType("Entity")!).GetField("mentions")!;

        Assert.Equal("Subgraph!", neighborhood.Type.ToString());
        Assert.Equal(["id", "depth"], neighborhood.Arguments.Take(2).Select(a => a.ToString().Split(':')[0]));
        Assert.Equal(1, neighborhood.GetArgument("depth")!.DefaultValue);
        Assert.Equal(["first", "after"], mentions.Arguments.Select(a => a.Name));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"first difference at line {i + 1}:{Environment.NewLine}- {left}{Environment.NewLine}+ {right}";
            }
        }

        return string.Empty;
    }
}
