using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Comparison;

/// <summary>
/// The machine-readable qualifiers of a conflict (<see cref="Conflict.Flags"/>), so a reader sees at once what kind of
/// disagreement it is. Flags are computed from the two claims, never curated, and listed in ordinal order.
/// </summary>
public static class ConflictFlags
{
    /// <summary>Two values of the same metric differ by <see cref="MagnitudeRatio"/> times or more: more likely a typo or a different count than a revision.</summary>
    public const string MagnitudeOutlier = "magnitude-outlier";

    /// <summary>A quantity side has no as-of date, so growth over time cannot explain the gap.</summary>
    public const string AsOfUnknown = "as-of-unknown";

    /// <summary>A side rests on unnamed sources (attribution ANONYMOUS).</summary>
    public const string AnonymousSource = "anonymous-source";

    /// <summary>A side is relayed from press or other reports (attribution REPORTED).</summary>
    public const string RelayedReport = "relayed-report";

    /// <summary>A side is not asserted as a fact (modality POSSIBLE or FUTURE).</summary>
    public const string NotAsserted = "not-asserted";

    /// <summary>The factor at which two values of one metric are flagged as <see cref="MagnitudeOutlier"/>.</summary>
    public const decimal MagnitudeRatio = 5m;

    public static IReadOnlyList<string> For(Claim a, Claim b)
    {
        var flags = new SortedSet<string>(StringComparer.Ordinal);
        if (a.Quantity is { } qa && b.Quantity is { } qb && qa.Metric == qb.Metric)
        {
            var (low, high) = (Math.Min(Math.Abs(qa.Value), Math.Abs(qb.Value)), Math.Max(Math.Abs(qa.Value), Math.Abs(qb.Value)));
            if ((low == 0 && high > 0) || (low > 0 && high >= low * MagnitudeRatio))
            {
                flags.Add(MagnitudeOutlier);
            }

            if (qa.AsOf is null || qb.AsOf is null)
            {
                flags.Add(AsOfUnknown);
            }
        }

        foreach (var claim in new[] { a, b })
        {
            switch (claim.Attribution.Kind)
            {
                case AttributionKind.Anonymous:
                    flags.Add(AnonymousSource);
                    break;
                case AttributionKind.Reported:
                    flags.Add(RelayedReport);
                    break;
            }

            if (claim.Modality != Modality.Asserted)
            {
                flags.Add(NotAsserted);
            }
        }

        return [.. flags];
    }
}
