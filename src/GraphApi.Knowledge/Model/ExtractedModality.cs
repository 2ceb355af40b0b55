namespace GraphApi.Knowledge.Model;

/// <summary>How firmly the clause of an extracted claim states it (issue 18's modality).</summary>
public enum ExtractedModality
{
    /// <summary>Stated as a fact.</summary>
    Asserted,

    /// <summary>Can, may: يمكن، قد + present tense, من المحتمل، ربما.</summary>
    Possible,

    /// <summary>Will, planned: سـ/سوف + present tense, خلال الأشهر المقبلة, يتوقع.</summary>
    Future,
}
