namespace GraphApi.Knowledge.Model;

/// <summary>
/// A name the linker does not know, found by a cue (a title, an organisation head, an acronym) in an article that has
/// no curated claims file. A candidate is not an entity: it waits for review (<c>review --accept</c> makes it one).
/// One candidate per (kind, folded name) across the corpus, with every occurrence.
/// </summary>
/// <param name="Id"><c>candidate/</c> + a hash of the kind and the folded name, so it is stable across imports.</param>
/// <param name="Name">The name as the first occurrence writes it.</param>
/// <param name="Cue">The cue that found it, e.g. <c>title: السيد</c> or <c>organisation head: وزارة</c>.</param>
/// <param name="Confidence">0..1, the strongest cue's (documented in docs/extraction.md).</param>
public sealed record Candidate(string Id, string Name, EntityKind Kind, string Cue, double Confidence, IReadOnlyList<CandidateOccurrence> Occurrences) : IGraphNode
{
    public NodeKind NodeKind => NodeKind.Candidate;

    public string DisplayName => Name;

    public static string IdFor(EntityKind kind, string foldedName) => "candidate/" + ContentId.Short(kind.ToString(), foldedName);
}
