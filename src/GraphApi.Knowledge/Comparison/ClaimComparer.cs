using System.Globalization;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Comparison;

/// <summary>
/// Compares claims from different sources. Quantities on the same metric and baseline agree when their
/// intervals overlap (<see cref="QuantityInterval"/>: "more than 200" agrees with 207); when both as-of dates
/// are known and differ, a cumulative count may grow (earlier ≤ later agrees); when either is unknown, values
/// whose intervals do not overlap conflict. holds-role relations with the same subject and object agree when the
/// titles are equal and conflict when they differ. Agreement between claims of one origin (same <c>origin</c> or
/// reporting-chain root) is not corroboration; conflicts are recorded whatever the origin, with their
/// <see cref="ConflictFlags"/> (values five times apart or more are <c>magnitude-outlier</c>). Both claims are kept.
/// </summary>
public static class ClaimComparer
{
    public static ClaimComparison Compare(IReadOnlyList<Claim> claims)
    {
        var conflicts = new List<Conflict>();

        // Each group's pairs come out in id order (or nearly: see ComparePairs), so the groups are merged, not the whole
        // list sorted: a figure that 718 articles repeat makes 256k pairs in one group.
        var runs = new List<List<Corroboration>>();

        var quantityGroups = claims
            .Where(c => c.Kind == ClaimKind.Quantity && c.Quantity is not null)
            .GroupBy(c => (c.Quantity!.Metric, Since: c.Quantity.Since ?? string.Empty));
        foreach (var group in quantityGroups)
        {
            // Each claim's interval and description are worked out once, not once per pair: a figure repeated by hundreds
            // of articles is compared with every other, and formatting dominated that cost.
            var read = group.ToDictionary<Claim, Claim, ReadQuantity>(c => c, Read, ReferenceEqualityComparer.Instance);
            var byId = read.ToDictionary(r => r.Key.Id, r => r.Value, StringComparer.Ordinal);
            runs.Add(ComparePairs([.. group], conflicts, new Verdicts(
                (a, b) => QuantityVerdict(read[a], read[b]) is QuantityVerdictKind.Grows or QuantityVerdictKind.Overlap,
                (a, b) => QuantityReason(byId[a], byId[b]))));
        }

        var roleGroups = claims
            .Where(c => c.Kind == ClaimKind.Relation && c.Predicate == "holds-role" && c.Role is not null && c.SubjectId is not null && c.ObjectId is not null)
            .GroupBy(c => (c.SubjectId, c.ObjectId));
        foreach (var group in roleGroups)
        {
            var byId = group.ToDictionary(c => c.Id, StringComparer.Ordinal);
            runs.Add(ComparePairs([.. group], conflicts, new Verdicts(RoleVerdict, (a, b) => RoleReason(byId[a], byId[b]))));
        }

        conflicts.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return new ClaimComparison(conflicts, Merge(runs));
    }

    /// <summary>How many independent origins agree with a claim, itself included.</summary>
    public static int IndependentOrigins(Claim claim, IReadOnlyList<Corroboration> corroborations, IReadOnlyDictionary<string, Claim> claimsById)
    {
        var origins = new HashSet<string>(StringComparer.Ordinal) { claim.Origin };
        foreach (var c in corroborations)
        {
            var other = c.ClaimA == claim.Id ? c.ClaimB : c.ClaimB == claim.Id ? c.ClaimA : null;
            if (other is not null && claimsById.TryGetValue(other, out var o))
            {
                origins.Add(o.Origin);
            }
        }

        return origins.Count;
    }

    /// <summary>
    /// Compares every pair of a group's claims; returns its corroborations in id order. Pairs are made in the order of
    /// their claim ids, which is their id order unless one claim id is a prefix of another (<c>a|…</c> against
    /// <c>a/b|…</c>); the run is checked and sorted only then.
    /// </summary>
    private static List<Corroboration> ComparePairs(List<Claim> group, List<Conflict> conflicts, Verdicts verdicts)
    {
        var corroborations = new List<Corroboration>();
        group.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        for (var i = 0; i < group.Count; i++)
        {
            for (var j = i + 1; j < group.Count; j++)
            {
                var (a, b) = (group[i], group[j]);
                if (a.SourceId == b.SourceId)
                {
                    continue;
                }

                if (!verdicts.Agree(a, b))
                {
                    conflicts.Add(new Conflict(Conflict.IdFor(a.Id, b.Id), a.Id, b.Id, verdicts.Reason(a.Id, b.Id)) { Flags = ConflictFlags.For(a, b) });
                }
                else if (a.Origin != b.Origin)
                {
                    // One reason writer per group, not a closure per pair.
                    corroborations.Add(new Corroboration(a.Id, b.Id, verdicts.Reason));
                }
            }
        }

        for (var k = 1; k < corroborations.Count; k++)
        {
            if (Corroboration.OrderById.Compare(corroborations[k - 1], corroborations[k]) > 0)
            {
                corroborations.Sort(Corroboration.OrderById);
                break;
            }
        }

        return corroborations;
    }

    /// <summary>Merges runs in id order into one list in id order.</summary>
    private static List<Corroboration> Merge(List<List<Corroboration>> runs)
    {
        runs.RemoveAll(r => r.Count == 0);
        if (runs.Count <= 1)
        {
            return runs.Count == 0 ? [] : runs[0];
        }

        var merged = new List<Corroboration>(runs.Sum(r => r.Count));
        var next = new PriorityQueue<int, Corroboration>(runs.Count, Corroboration.OrderById);
        var at = new int[runs.Count];
        for (var r = 0; r < runs.Count; r++)
        {
            next.Enqueue(r, runs[r][0]);
        }

        while (next.TryDequeue(out var r, out var pair))
        {
            merged.Add(pair);
            if (++at[r] < runs[r].Count)
            {
                next.Enqueue(r, runs[r][at[r]]);
            }
        }

        return merged;
    }

    /// <summary>How two figures compare: the as-of dates, when both are known and differ, decide; otherwise the intervals.</summary>
    private static QuantityVerdictKind QuantityVerdict(ReadQuantity a, ReadQuantity b)
    {
        var (qa, qb) = (a.Quantity, b.Quantity);
        if (qa.AsOf is not null && qb.AsOf is not null && qa.AsOf != qb.AsOf)
        {
            var (early, late) = string.CompareOrdinal(qa.AsOf, qb.AsOf) < 0 ? (a.Interval, b.Interval) : (b.Interval, a.Interval);
            return early.CanGrowInto(late) ? QuantityVerdictKind.Grows : QuantityVerdictKind.Falls;
        }

        return a.Interval.Overlaps(b.Interval) ? QuantityVerdictKind.Overlap : QuantityVerdictKind.Apart;
    }

    /// <summary>The words of the reason for two figures' verdict.</summary>
    private static string QuantityReason(ReadQuantity a, ReadQuantity b)
    {
        var (qa, qb) = (a.Quantity, b.Quantity);
        var (from, to) = string.CompareOrdinal(qa.AsOf, qb.AsOf) < 0 ? (qa.AsOf, qb.AsOf) : (qb.AsOf, qa.AsOf);
        return QuantityVerdict(a, b) switch
        {
            QuantityVerdictKind.Grows => $"{a.Metric}: {a.Described} vs {b.Described}: a cumulative count may grow from {from} to {to}",
            QuantityVerdictKind.Falls => $"{a.Metric}: {a.Described} vs {b.Described}: the count falls between {from} and {to}, which a cumulative count cannot",
            QuantityVerdictKind.Overlap => $"{a.Metric}: {a.Described} vs {b.Described}: {a.IntervalText} and {b.IntervalText} overlap",
            _ => $"{a.Metric}: {a.Described} vs {b.Described}: {a.IntervalText} and {b.IntervalText} do not overlap and "
                + (qa.AsOf is null || qb.AsOf is null ? "the as-of date is unknown" : $"both as of {qa.AsOf}"),
        };
    }

    private static ReadQuantity Read(Claim claim)
    {
        var q = claim.Quantity!;
        var interval = QuantityInterval.Of(q);
        return new ReadQuantity(q, $"{q.Metric}{(q.Since is null ? string.Empty : " since " + q.Since)}", interval, interval.ToString(), Describe(claim));
    }

    private static string Describe(Claim claim)
    {
        var q = claim.Quantity!;
        var qualifier = q.Qualifier switch
        {
            QuantityQualifier.Exactly => string.Empty,
            QuantityQualifier.MoreThan => "more than ",
            QuantityQualifier.AtLeast => "at least ",
            QuantityQualifier.About => "about ",
            QuantityQualifier.LessThan => "less than ",
            _ => "at most ",
        };
        var asOf = q.AsOf is null ? string.Empty : $" as of {q.AsOf}";
        return $"{qualifier}{q.Value.ToString(CultureInfo.InvariantCulture)}{(q.Unit is null ? string.Empty : " " + q.Unit)}{asOf} ({claim.SourceId})";
    }

    private static bool RoleVerdict(Claim a, Claim b) => string.Equals(a.Role!.Trim(), b.Role!.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string RoleReason(Claim a, Claim b)
    {
        var (ra, rb) = (a.Role!.Trim(), b.Role!.Trim());
        return RoleVerdict(a, b) ? $"same title: {ra} ({a.SourceId}, {b.SourceId})" : $"titles differ: {ra} vs {rb}";
    }

    private enum QuantityVerdictKind
    {
        /// <summary>A cumulative count that may have grown between the two as-of dates: they agree.</summary>
        Grows,

        /// <summary>A cumulative count that fell between the two as-of dates: they conflict.</summary>
        Falls,

        /// <summary>Intervals that overlap: they agree.</summary>
        Overlap,

        /// <summary>Intervals apart, with no as-of dates to explain it: they conflict.</summary>
        Apart,
    }

    /// <summary>
    /// How a group's pairs are judged: whether two claims agree, and the reason, written from the two claim ids (so a
    /// corroboration keeps only the group's writer, <see cref="Reason"/>, until its reason is read).
    /// </summary>
    private sealed class Verdicts(Func<Claim, Claim, bool> agree, Func<string, string, string> reason)
    {
        public Func<Claim, Claim, bool> Agree { get; } = agree;

        public Func<string, string, string> Reason { get; } = reason;
    }

    /// <summary>A quantity claim as the comparison reads it: its interval, and the words its reasons use.</summary>
    /// <param name="Metric">The metric and baseline, as a reason starts ("terrorist-cells-dismantled since 2002").</param>
    private sealed record ReadQuantity(Quantity Quantity, string Metric, QuantityInterval Interval, string IntervalText, string Described);
}
