using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Who a reporting verb's subject is. <see cref="Speaker"/> is null when the subject names nobody the corpus knows (or
/// the press): then the last speaker is forgotten, so a later "the expert said" cannot reach back past it.
/// </summary>
/// <param name="PhraseFirst">First word of the attribution phrase (the verb, or a subject placed before it).</param>
/// <param name="PhraseEnd">End of the attribution phrase (after the subject's name or description).</param>
/// <param name="RegionEnd">Where the subject region stops: a complementizer, a quotation, a colon, another cue.</param>
/// <param name="Direct">The subject is named right there (not implied, not pointed back to).</param>
internal readonly record struct Subject(
    Entity? Speaker,
    AttributionKind Kind,
    string? AffiliationId,
    int PhraseFirst,
    int PhraseEnd,
    int RegionEnd,
    double Confidence,
    bool Direct);
