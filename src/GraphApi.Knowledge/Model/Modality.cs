namespace GraphApi.Knowledge.Model;

/// <summary>How firmly a claim is stated: as a fact, as a possibility, or as something yet to happen.</summary>
public enum Modality
{
    /// <summary>Stated as a fact.</summary>
    Asserted,

    /// <summary>Stated as possible: can, may, might («يمكن»، «قد» + present, «ربما»).</summary>
    Possible,

    /// <summary>Stated as yet to happen: will, planned, expected («سـ»، «سوف»، «خلال الأشهر المقبلة»).</summary>
    Future,
}
