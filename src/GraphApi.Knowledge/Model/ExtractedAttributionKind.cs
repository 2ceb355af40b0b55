namespace GraphApi.Knowledge.Model;

/// <summary>Who an extracted claim rests on, in the four kinds of issue 18's attribution.</summary>
public enum ExtractedAttributionKind
{
    /// <summary>A named speaker (a known person or institution).</summary>
    Named,

    /// <summary>Unnamed sources (مصدر، مصادر، مسؤول), with the body they belong to.</summary>
    Anonymous,

    /// <summary>Press or other reports relayed by the outlet (أكدت الصحف، التقارير، بحسب تقارير).</summary>
    Reported,

    /// <summary>The outlet's own voice.</summary>
    Outlet,
}
