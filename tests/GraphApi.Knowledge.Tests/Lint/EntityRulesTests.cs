using GraphApi.Knowledge.Lint;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Lint;

public class EntityRulesTests
{
    private static Entity Entity(string name, string? description = null, string? date = null) =>
        new() { Id = "event/t", Kind = EntityKind.Event, Name = name, Description = description, Date = date };

    [Fact]
    public void Years_no_sentence_about_the_entity_gives_are_flagged_per_field()
    {
        var findings = ClaimLinter.Lint(Entity("Defence roadmap 2020–2030", "Signed in 2020.", "2020"), ["خارطة طريق للتعاون في مجال الدفاع على امتداد السنوات العشر المقبلة"]);
        Assert.Equal(3, findings.Count(f => f.RuleId == "entity-unsourced-date"));
        Assert.Contains(findings, f => f.Message.Contains("name states 2020, 2030", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_in_a_sentence_about_the_entity_is_sourced_in_any_digits() =>
        Assert.Empty(ClaimLinter.Lint(Entity("2018 killing at Imlil", "Two tourists were killed in 2018.", "2018"), ["ثم مقتل سائحتين إسكندنافيتين بإمليل سنة ٢٠١٨."]));

    [Theory]
    [InlineData("Jihadist group; most cells dismantled in Morocco belonged to it.", "most")]
    [InlineData("The deadliest attack in Morocco.", "deadliest")]
    [InlineData("Largest city of Morocco.", "Largest")]
    public void Quantified_descriptions_are_flagged(string description, string word)
    {
        var finding = Assert.Single(ClaimLinter.Lint(Entity("X", description), []));
        Assert.Equal("entity-description-quantifier", finding.RuleId);
        Assert.Contains(word, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identifying_description_is_clean() =>
        Assert.Empty(ClaimLinter.Lint(Entity("Casablanca", "Moroccan city, site of suicide bombings."), []));
}
