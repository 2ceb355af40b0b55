using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>Figures: a metric pattern of seeds/knowledge/metrics.yaml, a number with its qualifier, a baseline, the as-of date.</summary>
public class FigureExtractionTests
{
    [Theory]
    [InlineData("وقد تمكنت الأجهزة من تفكيك 12 خلية إرهابية منذ سنة 2015.", 12, QuantityQualifier.Exactly, "2015")]
    [InlineData("وفككت المصالح الأمنية أزيد من 90 خلية منذ عام 2010.", 90, QuantityQualifier.MoreThan, "2010")]
    [InlineData("وتم تحييد نحو ٤٥ خلية منذ 2016.", 45, QuantityQualifier.About, "2016")]
    [InlineData("وتمكنت السلطات من تفكيك ما يقارب خمسين خلية في السنوات الخمس الماضية.", 50, QuantityQualifier.About, "2017")]
    [InlineData("وقد فككت الأجهزة 17 خلية على مدى العقد الأخير.", 17, QuantityQualifier.Exactly, "2012")]
    [InlineData("وتم تفكيك 8 خلايا منذ 20 عاما.", 8, QuantityQualifier.Exactly, "2001")]
    [InlineData("وتم تفكيك 8 خلايا في السنوات الأخيرة.", 8, QuantityQualifier.Exactly, null)]
    public void Reads_value_qualifier_and_baseline(string sentence, int value, QuantityQualifier qualifier, string? since)
    {
        var claim = ExtractionHarness.Quantity(ExtractionHarness.Extract(sentence));
        Assert.Equal(new Quantity("terrorist-cells-dismantled", value, qualifier, "cell", since, "2021-03-15"), claim.Quantity);
        Assert.Equal(ExtractionMethods.QuantityPattern, claim.Extraction!.Method);
    }

    [Fact]
    public void A_relative_baseline_without_an_as_of_date_leaves_the_figure_out()
    {
        Assert.Empty(ExtractionHarness.Extract("وتم تحييد 32 خلية في السنوات الثلاث الماضية.", asOf: null).Claims);
        Assert.Single(ExtractionHarness.Extract("وتم تحييد 32 خلية في السنوات الثلاث الماضية.", asOf: "2020-11-17").Claims);
    }

    [Fact]
    public void A_number_the_lexicon_does_not_count_is_no_figure()
    {
        var extraction = ExtractionHarness.Extract("واستقبلت الرباط 40 مشاركا من 12 دولة في الدورة الثالثة للمنتدى سنة 2019.");
        Assert.Empty(extraction.Claims);
    }

    [Fact]
    public void The_same_figure_in_the_headline_and_the_body_is_one_claim_with_two_pieces_of_evidence()
    {
        const string text = "بعد تفكيك 130 خلية.. حصيلة جديدة\nوأكدت السلطات أنها فككت 130 خلية إرهابية منذ سنة 2005.";
        var claim = ExtractionHarness.Quantity(ExtractionHarness.Extract(text));
        Assert.Equal("2005", claim.Quantity!.Since);
        Assert.Equal(2, claim.Evidence.Count);
        Assert.All(claim.Evidence, e => Assert.Equal(e.Quote, text[e.Start..e.End]));
    }

    [Fact]
    public void A_partitive_with_its_own_baseline_is_a_figure_of_the_same_metric()
    {
        var extraction = ExtractionHarness.Extract("وبلغ عدد الخلايا التي تم تفكيكها منذ سنة 2003 أكثر من 150 خلية، منها 40 على مدى العقد الأخير.", asOf: "2020-12-17");
        var figures = extraction.Claims.Select(c => (c.Quantity!.Value, c.Quantity.Since)).Order().ToList();
        Assert.Equal([(40m, "2011"), (150m, "2003")], figures);
    }

    [Fact]
    public void A_noun_that_counts_alone_and_a_trailing_qualifier()
    {
        var claim = ExtractionHarness.Quantity(ExtractionHarness.Extract("وقال المصدر إن تتبع خلية قد يستغرق شهرين أو أكثر."));
        Assert.Equal(("cell-tracking-duration", 2m, QuantityQualifier.AtLeast, "month"), (claim.Quantity!.Metric, claim.Quantity.Value, claim.Quantity.Qualifier, claim.Quantity.Unit));
        Assert.Equal(Modality.Possible, claim.Modality);
    }

    [Fact]
    public void Evidence_is_verbatim_with_offsets_and_the_file_hash()
    {
        const string text = "حصيلة\nوأجهضت الأجهزة حوالي 70 مؤامرة إرهابية خلال سنة 2020.";
        var claim = ExtractionHarness.Quantity(ExtractionHarness.Extract(text));
        var evidence = Assert.Single(claim.Evidence);
        Assert.Equal("وأجهضت الأجهزة حوالي 70 مؤامرة", evidence.Quote);
        Assert.Equal(evidence.Quote, text[evidence.Start..evidence.End]);
        Assert.True(evidence.Verified);
        Assert.Equal(64, evidence.SourceHash.Length);
        Assert.StartsWith("claim/x/t_001/", claim.Id, StringComparison.Ordinal);
    }
}
