using GraphApi.Knowledge.Linking;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Linking;

public class EntityLinkerTests
{
    private static readonly EntityLinker Linker = new(LinkingCorpus.Entities);

    private static IReadOnlyList<Mention> Link(string text) => Linker.Link("t_1.txt", text, [new TextSpan(0, text.Length)]);

    [Fact]
    public void Contracted_lil_matches_the_bureau_name_with_the_offsets_of_the_original()
    {
        const string text = "وقال الشرقاوي حبوب رئيس المكتب المركزي المغربي للتحقيقات القضائية في وقت سابق";
        var mentions = Link(text);
        var bcij = Assert.Single(mentions, m => m.EntityId == "institution/bcij");
        Assert.Equal("المكتب المركزي المغربي للتحقيقات القضائية", text[bcij.Start..bcij.End]);
        Assert.Equal(bcij.Text, text[bcij.Start..bcij.End]);
        var habboub = Assert.Single(mentions, m => m.EntityId == "person/habboub");
        Assert.Equal("الشرقاوي حبوب", habboub.Text); // the longer name wins over the alias حبوب
    }

    [Fact]
    public void Egyptian_spellings_of_004_match()
    {
        const string text = "ترأس فيها مدير الشئون الخارجية المغربية ناصر بوريطة حفلا فى الرباط.";
        var mentions = Link(text);
        Assert.Contains(mentions, m => m.EntityId == "institution/foreign-ministry" && m.Text == "الشئون الخارجية");
        Assert.Contains(mentions, m => m.EntityId == "place/rabat" && m.Text == "الرباط");
    }

    [Fact]
    public void Proclitics_are_outside_the_span_but_the_article_is_inside()
    {
        const string text = "أمريكا تعول على الرباط، والسفير بالرباط، والمغرب";
        var mentions = Link(text);
        Assert.Equal(2, mentions.Count(m => m.EntityId == "place/rabat"));
        Assert.All(mentions.Where(m => m.EntityId == "place/rabat"), m => Assert.Equal("الرباط", m.Text));
        Assert.Equal("المغرب", Assert.Single(mentions, m => m.EntityId == "place/morocco").Text);
    }

    [Fact]
    public void An_eponymous_institution_is_not_a_mention_of_the_person()
    {
        const string text = "تخرج من معهد محمد السادس لتكوين الأئمة عدد من الأئمة. وقال الملك محمد السادس";
        var mentions = Link(text);
        Assert.Single(mentions, m => m.EntityId == "institution/mohammed-vi-institute");
        var person = Assert.Single(mentions, m => m.EntityId == "person/mohammed-vi");
        Assert.True(person.Start > text.IndexOf('.', StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_names_prefer_the_longest_and_a_part_also_mentions_its_parent()
    {
        const string text = "صوتت الجمعية العامة للأمم المتحدة على القرار.";
        var mentions = Link(text);
        var assembly = Assert.Single(mentions, m => m.EntityId == "institution/un-general-assembly");
        var un = Assert.Single(mentions, m => m.EntityId == "institution/un");
        Assert.Equal(assembly.Start, un.Start);
        Assert.Equal("institution/un-general-assembly", un.ImpliedBy);
        Assert.Equal(2, mentions.Count);
    }

    [Fact]
    public void Latin_names_match_case_insensitively()
    {
        var mentions = Link("وأعلن BCIJ مؤخرًا أن الأجهزة فككت خلايا، وفق bcij.");
        Assert.Equal(2, mentions.Count(m => m.EntityId == "institution/bcij"));
    }

    [Fact]
    public void Each_mention_carries_its_sentence()
    {
        const string text = "جملة أولى عن شيء آخر. التعاون في منطقة الساحل ضروري! جملة أخيرة";
        var sahel = Assert.Single(Link(text));
        Assert.Equal("place/sahel", sahel.EntityId);
        Assert.Equal("منطقة الساحل", sahel.Text);
        Assert.Equal("التعاون في منطقة الساحل ضروري!", sahel.Sentence);
    }

    [Fact]
    public void Names_do_not_span_sentences_or_match_outside_the_body()
    {
        const string text = "الشرقاوي. حبوب\nالرباط";
        var mentions = Linker.Link("t_1.txt", text, [new TextSpan(0, 14)]);
        Assert.DoesNotContain(mentions, m => m.EntityId == "place/rabat");
        Assert.Equal("حبوب", Assert.Single(mentions).Text);
    }

    [Fact]
    public void A_domain_name_with_a_dot_is_one_name()
    {
        var linker = new EntityLinker([new Entity { Id = "institution/barlamane", Kind = EntityKind.Institution, Name = "Barlamane.com", NameAr = "برلمان.كوم" }]);
        const string text = "في تصريح لموقع “برلمان.كوم”، أن النموذج";
        var mention = Assert.Single(linker.Link("001.txt", text, [new TextSpan(0, text.Length)]));
        Assert.Equal("برلمان.كوم", mention.Text);
    }

    [Fact]
    public void Mention_ids_come_from_content()
    {
        const string text = "في الرباط";
        Assert.Equal(Link(text)[0].Id, Link(text)[0].Id);
        Assert.NotEqual(Link(text)[0].Id, Linker.Link("other.txt", text, [new TextSpan(0, text.Length)])[0].Id);
    }

    [Fact]
    public void A_long_article_gets_every_mention_linked()
    {
        var paragraph = "وقال الشرقاوي حبوب رئيس المكتب المركزي المغربي للتحقيقات القضائية إن التعاون في منطقة الساحل ضروري. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, 2000));
        var mentions = Linker.Link("big.txt", text, [new TextSpan(0, text.Length)]);
        Assert.Equal(6000, mentions.Count);
    }
}
