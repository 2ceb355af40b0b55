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

    [Theory]
    [InlineData("وفككت الأجهزة الأمنية في عام 2015 خلية إرهابية كانت تخطط لاعتداءات.")]
    [InlineData("وتم تفكيك عدة خلايا بعد أحداث 16 ماي 2003 خلية بعد أخرى.")]
    public void A_year_is_not_a_count(string sentence) =>
        Assert.DoesNotContain(ExtractionHarness.Extract(sentence).Claims, c => c.Quantity is { Value: 2015 or 2003 });

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

    /// <summary>
    /// 003's wording: «وبحسب مصادر في المديرية …، فقد تم تفكيك 207 خلايا …. وفي السنوات الثلاث الماضية فقط، تم تحييد 32
    /// خلية»: the unnamed sources of one sentence carry over to the next of the paragraph, which names nobody; and a figure
    /// in the later sentences of a quotation (an unclosed one runs to the paragraph's end) is the quoted speaker's.
    /// </summary>
    [Fact]
    public void Unnamed_sources_and_an_open_quotation_carry_over_to_the_next_sentences_of_their_paragraph()
    {
        var claims = ExtractionHarness.Extract(RepositoryPaths.ReadSeed("003"), asOf: "2020-11-17", fileName: "003_ac3f4d661c3c58c8.txt").Claims;
        var carried = claims.Single(c => c.Quantity is { Value: 32 });
        Assert.Equal(("person/dgst-sources", AttributionKind.Anonymous, "institution/dgst"), (carried.SpeakerId, carried.Attribution.Kind, carried.Attribution.AffiliationId));
        Assert.Equal("وبحسب مصادر في المديرية العامة لمراقبة التراب الوطني", carried.Attribution.Phrase!.Text);
        var quoted = claims.Single(c => c.Quantity is { Metric: "urgent-intervention-time" });
        Assert.Equal(("person/dgst-sources", AttributionKind.Anonymous), (quoted.SpeakerId, quoted.Attribution.Kind));
    }

    [Theory]
    [InlineData("وتم تفكيك 12 خلية منذ سنة 2015. وقال الشرقاوي حبوب إن التنسيق حاسم في هذا المجال. وتم تحييد 9 خلايا منذ سنة 2019.")]
    [InlineData("وبحسب مصادر في المديرية العامة لمراقبة التراب الوطني، فقد تم تفكيك 12 خلية منذ سنة 2015.\nوتم تحييد 9 خلايا منذ سنة 2019.")]
    public void A_named_speaker_or_another_paragraph_is_not_carried_over(string text)
    {
        var claim = ExtractionHarness.Extract(text).Claims.Single(c => c.Quantity is { Value: 9 });
        Assert.Equal(AttributionKind.Outlet, claim.Attribution.Kind);
        Assert.Null(claim.SpeakerId);
    }

    /// <summary>The generated English never reads firmer than the Arabic: it names the hedges its evidence carries («يمكن» can, «المزعوم» alleged).</summary>
    [Fact]
    public void The_generated_english_names_the_hedges_of_the_evidence()
    {
        var possible = ExtractionHarness.Quantity(ExtractionHarness.Extract("وقال المصدر إن تتبع خلية يمكن أن يمتد على مدى شهر أو أكثر."));
        Assert.Equal("at least 1 month (cell-tracking-duration); hedged in the article: «يمكن» (can)", possible.Text);
        var plain = ExtractionHarness.Quantity(ExtractionHarness.Extract("وقد تمكنت الأجهزة من تفكيك 12 خلية إرهابية منذ سنة 2015."));
        Assert.Equal("12 cells (terrorist-cells-dismantled) since 2015", plain.Text);
    }
}
