using Snapshooter;
using Snapshooter.Xunit;

namespace GraphApi.Schema.Tests;

/// <summary>
/// One snapshot per journalist question of issue 4, each answered by one query in Queries/ (quoted in the README)
/// against the embedded store loaded from the repository's seeds/.
/// </summary>
public sealed class JournalistQuestionTests
{
    [Theory]
    [InlineData("who-is-habboub")]
    [InlineData("voronkov-titles")]
    [InlineData("dismantled-cells")]
    [InlineData("fischer-to-unoct")]
    [InlineData("mohammadia-league-mentions")]
    [InlineData("arabic-search")]
    [InlineData("latin-variant-search")]
    [InlineData("what-reports-say")]
    [InlineData("sahel-passages")]
    public async Task Question_is_answered_in_one_query(string queryFile)
    {
        var json = await SchemaHarness.RunQueryFileAsync(queryFile);

        Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal);
        json.MatchSnapshot(new SnapshotNameExtension(queryFile));
    }
}
