namespace GraphApi.Knowledge.Model;

/// <summary>How an article attributes a claim: the answer to "says who?" (docs/knowledge-format.md#attribution-and-modality).</summary>
public enum AttributionKind
{
    /// <summary>A named speaker: a person or a body the article names as saying it.</summary>
    Named,

    /// <summary>Unnamed sources («مصادر في المديرية»); the body they belong to is the affiliation.</summary>
    Anonymous,

    /// <summary>Press or other reports that the outlet relays («وتذكر التقارير الصحفية», «بحسب التقارير الأممية»).</summary>
    Reported,

    /// <summary>The outlet's own voice: the page states it without attributing it to anyone.</summary>
    Outlet,
}
