namespace GraphApi.Knowledge.Model;

/// <summary>
/// A curated claim read from one article, with W3C PROV provenance: it wasAttributedTo its speaker,
/// wasDerivedFrom its evidence (and through it its source), and wasGeneratedBy the import run.
/// </summary>
public sealed record Claim : IGraphNode
{
    public required string Id { get; init; }

    public required ClaimKind Kind { get; init; }

    /// <summary>The article the claim was read from.</summary>
    public required string SourceId { get; init; }

    public string? SubjectId { get; init; }

    public string? ObjectId { get; init; }

    /// <summary>The voice the article relays: a named person or body, an anonymous-source entity, a cited report, or the source's outlet (the default).</summary>
    public string? SpeakerId { get; init; }

    /// <summary>How the article attributes the claim: kind, affiliation and the verbatim attributing words.</summary>
    public required Attribution Attribution { get; init; }

    /// <summary>Stated as a fact, as a possibility, or as something yet to happen.</summary>
    public required Modality Modality { get; init; }

    /// <summary>Further entities a statement is about.</summary>
    public IReadOnlyList<string> About { get; init; } = [];

    /// <summary>Relations only: holds-role, part-of, member-of, chair-of, participant-in, host-of, cooperates-with, …</summary>
    public string? Predicate { get; init; }

    /// <summary>holds-role only: the title as the source gives it, in English.</summary>
    public string? Role { get; init; }

    public string? RoleAr { get; init; }

    public string? Text { get; init; }

    public string? TextAr { get; init; }

    public Quantity? Quantity { get; init; }

    public string? PeriodFrom { get; init; }

    public string? PeriodTo { get; init; }

    /// <summary>ISO date or prefix: for a statement someone makes, when it was made; otherwise when it happened. Null if the page does not say.</summary>
    public string? Date { get; init; }

    /// <summary>The date as the article words it, when that is vague or relative («في وقت سابق من هذا العام», «العام الماضي»).</summary>
    public Phrase? DateAsWritten { get; init; }

    /// <summary>The curator's note for readers: a suspected typo, a tension inside the article, a reading choice.</summary>
    public string? Note { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The independent origin used to count corroboration (curated <c>origin:</c>, else the chain's root, else the source).</summary>
    public required string Origin { get; init; }

    /// <summary>PROV wasGeneratedBy: the id of the <see cref="ImportRun"/>.</summary>
    public required string WasGeneratedBy { get; init; }

    /// <summary>PROV wasAttributedTo.</summary>
    public string? WasAttributedTo => SpeakerId;

    /// <summary>PROV wasDerivedFrom: the evidence ids followed by the ids of the sources they quote.</summary>
    public IReadOnlyList<string> WasDerivedFrom =>
        [.. Evidence.Select(e => e.Id), .. Evidence.Select(e => e.SourceId).Append(SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public NodeKind NodeKind => NodeKind.Claim;

    public string DisplayName => Text ?? TextAr ?? Id;

    /// <summary>Every entity the claim refers to, with the role it plays.</summary>
    public IEnumerable<(string EntityId, ClaimRole Role)> EntityRoles()
    {
        if (SubjectId is not null)
        {
            yield return (SubjectId, ClaimRole.Subject);
        }

        if (ObjectId is not null)
        {
            yield return (ObjectId, ClaimRole.Object);
        }

        foreach (var about in About)
        {
            yield return (about, ClaimRole.Object);
        }

        if (SpeakerId is not null)
        {
            yield return (SpeakerId, ClaimRole.Speaker);
        }
    }
}
