using GraphApi.Knowledge.Comparison;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Comparison;

public class ClaimComparerTests
{
    private static Claim Count(string id, string source, decimal value, QuantityQualifier qualifier = QuantityQualifier.Exactly, string? asOf = null, string since = "2002", string? origin = null) => new()
    {
        Id = id,
        Kind = ClaimKind.Quantity,
        SourceId = source,
        Quantity = new Quantity("terrorist-cells-dismantled", value, qualifier, "cell", since, asOf),
        Attribution = new Attribution(AttributionKind.Outlet),
        Modality = Modality.Asserted,
        Origin = origin ?? source,
        WasGeneratedBy = "run/x",
    };

    private static Claim Title(string id, string source, string role, string? origin = null) => new()
    {
        Id = id,
        Kind = ClaimKind.Relation,
        SourceId = source,
        SubjectId = "person/habboub",
        ObjectId = "institution/bcij",
        Predicate = "holds-role",
        Role = role,
        Attribution = new Attribution(AttributionKind.Named),
        Modality = Modality.Asserted,
        Origin = origin ?? source,
        WasGeneratedBy = "run/x",
    };

    [Fact]
    public void More_than_200_agrees_with_207()
    {
        var result = ClaimComparer.Compare([Count("claim/a", "source/a", 200, QuantityQualifier.MoreThan), Count("claim/b", "source/b", 207)]);
        Assert.Empty(result.Conflicts);
        Assert.Equal("claim/a", Assert.Single(result.Corroborations).ClaimA);
    }

    [Fact]
    public void Different_exact_values_with_unknown_as_of_conflict_with_a_reason()
    {
        var result = ClaimComparer.Compare([Count("claim/b", "source/b", 2009), Count("claim/a", "source/a", 207)]);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("claim/a", "claim/b"), (conflict.ClaimA, conflict.ClaimB));
        Assert.Contains("207", conflict.Reason, StringComparison.Ordinal);
        Assert.Contains("2009", conflict.Reason, StringComparison.Ordinal);
        Assert.Contains("as-of date is unknown", conflict.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Corroborations);
    }

    /// <summary>
    /// A figure that many articles repeat: every pair of independent origins corroborates, in id order, and each reason,
    /// written only when read, says what an eagerly written one says and compares equal to it.
    /// </summary>
    [Fact]
    public void A_repeated_figure_corroborates_pairwise_with_reasons_written_when_read()
    {
        var claims = Enumerable.Range(0, 12).Select(i => Count($"claim/{i:00}", $"source/{i:00}", 200 + i, QuantityQualifier.About)).Reverse().ToList();

        var result = ClaimComparer.Compare(claims);

        Assert.Empty(result.Conflicts);
        Assert.Equal(12 * 11 / 2, result.Corroborations.Count);
        Assert.Equal(result.Corroborations.Select(c => c.Id).Order(StringComparer.Ordinal), result.Corroborations.Select(c => c.Id));
        var first = result.Corroborations[0];
        Assert.Equal(("corroboration/claim/00|claim/01", "claim/00", "claim/01"), (first.Id, first.ClaimA, first.ClaimB));
        Assert.Equal(
            "terrorist-cells-dismantled since 2002: about 200 cell (source/00) vs about 201 cell (source/01): [180.00,220.00] and [180.90,221.10] overlap",
            first.Reason);
        Assert.Equal(new Corroboration(first.Id, first.ClaimA, first.ClaimB, first.Reason), first);
        Assert.NotEqual(new Corroboration(first.Id, first.ClaimA, first.ClaimB, "another reason"), first);
    }

    /// <summary>
    /// The comparison orders pairs without writing their ids; the order must be the ids' ordinal order even where one claim
    /// id is a prefix of another (the separator then meets the longer id's next character) and where ids hold the separator.
    /// </summary>
    [Fact]
    public void Pairs_are_in_the_ordinal_order_of_their_ids_when_one_claim_id_is_a_prefix_of_another()
    {
        string[] ids = ["claim/x/a", "claim/x/a/b", "claim/x/a0", "claim/x/a|", "claim/x/a||b", "claim/x/a}", "claim/x/b", "claim/x/a{"];
        // Two groups (baselines 2002 and 2010) whose claim ids interleave, so their pairs must be merged.
        var claims = ids.Select((id, i) => Count(id, $"source/{i}", 200, QuantityQualifier.About))
            .Concat(ids.Select((id, i) => Count(id + "/2010", $"source/{i}", 200, QuantityQualifier.About, since: "2010")))
            .ToList();

        var result = ClaimComparer.Compare(claims);

        Assert.Equal(2 * (ids.Length * (ids.Length - 1) / 2), result.Corroborations.Count);
        Assert.Contains(result.Corroborations, c => c.ClaimA.EndsWith("/2010", StringComparison.Ordinal));
        var written = result.Corroborations.Select(c => c.Id).ToList();
        Assert.Equal(written.Order(StringComparer.Ordinal), written);
        Assert.All(result.Corroborations, c => Assert.Equal(Corroboration.IdFor(c.ClaimA, c.ClaimB), c.Id));

        // The same order between pairs made by the comparison (ids not written) and pairs read back from a store (ids given).
        var made = ClaimComparer.Compare(claims).Corroborations;
        var stored = result.Corroborations.Select(c => new Corroboration(c.Id, c.ClaimA, c.ClaimB, c.Reason)).ToList();
        foreach (var x in made)
        {
            for (var i = 0; i < made.Count; i++)
            {
                var expected = Math.Sign(string.CompareOrdinal(Corroboration.IdFor(x.ClaimA, x.ClaimB), stored[i].Id));
                Assert.Equal(expected, Math.Sign(Corroboration.OrderById.Compare(x, made[i])));
                Assert.Equal(expected, Math.Sign(Corroboration.OrderById.Compare(x, stored[i])));
            }
        }
    }

    [Theory]
    [InlineData(QuantityQualifier.AtLeast, 200, 200, true)]
    [InlineData(QuantityQualifier.MoreThan, 200, 200, false)]
    [InlineData(QuantityQualifier.About, 200, 219, true)]
    [InlineData(QuantityQualifier.About, 200, 221, false)]
    [InlineData(QuantityQualifier.LessThan, 200, 199, true)]
    [InlineData(QuantityQualifier.LessThan, 200, 200, false)]
    [InlineData(QuantityQualifier.AtMost, 200, 200, true)]
    [InlineData(QuantityQualifier.Exactly, 200, 200, true)]
    public void Qualifiers_use_interval_semantics(QuantityQualifier qualifier, int value, int exact, bool agree)
    {
        var result = ClaimComparer.Compare([Count("claim/a", "source/a", value, qualifier), Count("claim/b", "source/b", exact)]);
        Assert.Equal(agree, result.Conflicts.Count == 0);
    }

    [Fact]
    public void A_cumulative_count_may_grow_between_known_dates()
    {
        var grows = ClaimComparer.Compare([Count("claim/a", "source/a", 207, asOf: "2020-11"), Count("claim/b", "source/b", 2009, asOf: "2025-02")]);
        Assert.Empty(grows.Conflicts);
        Assert.Contains("may grow", Assert.Single(grows.Corroborations).Reason, StringComparison.Ordinal);

        var shrinks = ClaimComparer.Compare([Count("claim/a", "source/a", 2009, asOf: "2020-11"), Count("claim/b", "source/b", 207, asOf: "2025-02")]);
        Assert.Single(shrinks.Conflicts);
    }

    [Fact]
    public void One_unknown_as_of_date_means_different_values_conflict()
    {
        var result = ClaimComparer.Compare([Count("claim/a", "source/a", 207, asOf: "2020-11"), Count("claim/b", "source/b", 2009)]);
        Assert.Single(result.Conflicts);
    }

    [Fact]
    public void Different_baselines_or_metrics_are_not_compared()
    {
        var result = ClaimComparer.Compare([Count("claim/a", "source/a", 200, since: "2003"), Count("claim/b", "source/b", 2009)]);
        Assert.Empty(result.Conflicts);
        Assert.Empty(result.Corroborations);
    }

    [Fact]
    public void Same_origin_agreement_is_not_corroboration_and_same_source_is_not_compared()
    {
        var sameOrigin = ClaimComparer.Compare([Count("claim/a", "source/a", 207, origin: "interview/x"), Count("claim/b", "source/b", 207, origin: "interview/x")]);
        Assert.Empty(sameOrigin.Corroborations);
        Assert.Empty(sameOrigin.Conflicts);

        var sameSource = ClaimComparer.Compare([Count("claim/a", "source/a", 207), Count("claim/b", "source/a", 2009)]);
        Assert.Empty(sameSource.Conflicts);
    }

    [Fact]
    public void Independent_origins_are_counted_once_each()
    {
        Claim[] claims = [Count("claim/a", "source/a", 207, origin: "o1"), Count("claim/b", "source/b", 207, origin: "o2"), Count("claim/c", "source/c", 207, origin: "o2")];
        var result = ClaimComparer.Compare(claims);
        var byId = claims.ToDictionary(c => c.Id);
        Assert.Equal(2, ClaimComparer.IndependentOrigins(claims[0], result.Corroborations, byId));
    }

    [Fact]
    public void Titles_that_differ_conflict_and_equal_titles_corroborate()
    {
        var differ = ClaimComparer.Compare([Title("claim/a", "source/a", "Head"), Title("claim/b", "source/b", "Director")]);
        Assert.StartsWith("titles differ: Head vs Director", Assert.Single(differ.Conflicts).Reason, StringComparison.Ordinal);

        var same = ClaimComparer.Compare([Title("claim/a", "source/a", "Director"), Title("claim/b", "source/b", "director")]);
        Assert.Empty(same.Conflicts);
        Assert.Single(same.Corroborations);
    }

    [Theory]
    [InlineData(207, 2009, true)]
    [InlineData(200, 1000, true)]
    [InlineData(200, 999, false)]
    [InlineData(1000, 200, true)]
    [InlineData(0, 3, true)]
    public void Values_five_times_apart_or_more_are_a_magnitude_outlier(int left, int right, bool outlier)
    {
        var conflict = Assert.Single(ClaimComparer.Compare([Count("claim/a", "source/a", left), Count("claim/b", "source/b", right)]).Conflicts);
        Assert.Equal(outlier, conflict.Flags.Contains(ConflictFlags.MagnitudeOutlier));
        Assert.Contains(ConflictFlags.AsOfUnknown, conflict.Flags);
    }

    [Fact]
    public void Flags_say_who_speaks_and_how_firmly_in_ordinal_order()
    {
        var anonymous = Count("claim/a", "source/a", 207, asOf: "2020-11") with { Attribution = new Attribution(AttributionKind.Anonymous, "institution/dgst") };
        var reported = Count("claim/b", "source/b", 150, asOf: "2021-01") with { Attribution = new Attribution(AttributionKind.Reported), Modality = Modality.Future };
        var conflict = Assert.Single(ClaimComparer.Compare([anonymous, reported]).Conflicts);
        Assert.Equal([ConflictFlags.AnonymousSource, ConflictFlags.NotAsserted, ConflictFlags.RelayedReport], conflict.Flags);

        var titles = Assert.Single(ClaimComparer.Compare([Title("claim/a", "source/a", "Head"), Title("claim/b", "source/b", "Director")]).Conflicts);
        Assert.Empty(titles.Flags);
    }
}
