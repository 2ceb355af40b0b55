namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// A baseline phrase in words [First, End): an absolute year (منذ سنة 2002) or a period counted back from the as-of
/// date (في السنوات الثلاث الماضية, على مدى العقد الأخير, منذ 20 عاما).
/// </summary>
internal readonly record struct Baseline(int First, int End, int? Year, int? YearsBack)
{
    /// <summary>The baseline as an ISO year, or null when it is relative and the as-of year is unknown.</summary>
    public string? Resolve(int? asOfYear) =>
        Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)
        ?? (asOfYear is { } year && YearsBack is { } back ? (year - back).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
}
