using System.Globalization;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Comparison;

/// <summary>
/// The set of values a qualified number admits: exactly v → [v,v]; more-than v → (v,∞); at-least v → [v,∞);
/// about v → [0.9v, 1.1v]; less-than v → (−∞,v); at-most v → (−∞,v]. A null bound is infinite.
/// </summary>
public readonly record struct QuantityInterval(decimal? Low, bool LowInclusive, decimal? High, bool HighInclusive)
{
    /// <summary>"About" tolerates ten per cent either way.</summary>
    public const decimal AboutTolerance = 0.10m;

    public static QuantityInterval Of(Quantity quantity)
    {
        var v = quantity.Value;
        return quantity.Qualifier switch
        {
            QuantityQualifier.Exactly => new(v, true, v, true),
            QuantityQualifier.MoreThan => new(v, false, null, false),
            QuantityQualifier.AtLeast => new(v, true, null, false),
            QuantityQualifier.About => new(v - (Math.Abs(v) * AboutTolerance), true, v + (Math.Abs(v) * AboutTolerance), true),
            QuantityQualifier.LessThan => new(null, false, v, false),
            _ => new(null, false, v, true),
        };
    }

    /// <summary>True when some value lies in both intervals.</summary>
    public bool Overlaps(QuantityInterval other) => Below(Low, LowInclusive, other.High, other.HighInclusive) && Below(other.Low, other.LowInclusive, High, HighInclusive);

    /// <summary>True when a count in this (earlier) interval can grow into <paramref name="later"/>: some x here and y there with x ≤ y.</summary>
    public bool CanGrowInto(QuantityInterval later) => Below(Low, LowInclusive, later.High, later.HighInclusive);

    public override string ToString()
    {
        var low = Low is null ? "(−∞" : (LowInclusive ? "[" : "(") + Low.Value.ToString(CultureInfo.InvariantCulture);
        var high = High is null ? "∞)" : High.Value.ToString(CultureInfo.InvariantCulture) + (HighInclusive ? "]" : ")");
        return low + "," + high;
    }

    /// <summary>Whether a lower bound lies at or below an upper bound (strictly, unless both ends are inclusive).</summary>
    private static bool Below(decimal? low, bool lowInclusive, decimal? high, bool highInclusive) =>
        low is null || high is null || low.Value < high.Value || (low.Value == high.Value && lowInclusive && highInclusive);
}
