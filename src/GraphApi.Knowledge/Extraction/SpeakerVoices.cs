using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Holds a report's speaker and attribution to the rules curated claims follow (docs/knowledge-format.md, "Attribution
/// and modality"): a Document speaks only through a <c>REPORTED</c> attribution, issued by its publisher; an
/// anonymous-source entity (a person-like part of a body whose Arabic name starts «مصدر»/«مصادر», such as
/// <c>person/dgst-sources</c>) is an <c>ANONYMOUS</c> voice affiliated with that body; and unnamed sources read as the
/// body itself («مصدر بالمديرية») become that body's anonymous-source entity when the knowledge has one; and a report
/// read as its author («التقرير الذي أعده المرصد») becomes the author's Document when the knowledge has exactly one, as
/// does a speaker whose own Document is named between the verb and the words («وقالت الخارجية الأمريكية، ضمن تقريرها
/// السنوي …، إن»).
/// </summary>
internal sealed class SpeakerVoices
{
    private readonly Dictionary<string, Entity> anonymousByBody = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> onlyDocumentByPublisher = new(StringComparer.Ordinal);

    public SpeakerVoices(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities.Where(IsAnonymousSource).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            anonymousByBody.TryAdd(entity.ParentId!, entity);
        }

        foreach (var group in entities.Where(e => e.Kind == EntityKind.Document && e.PublisherId is not null).GroupBy(e => e.PublisherId!, StringComparer.Ordinal))
        {
            if (group.Count() == 1)
            {
                onlyDocumentByPublisher.Add(group.Key, group.Single());
            }
        }
    }

    public Report Apply(Report report, ArticleText text)
    {
        var speaker = report.Speaker;
        var attribution = report.Attribution;
        if (speaker is null)
        {
            return report;
        }

        if (speaker.Kind == EntityKind.Institution && attribution.Phrase is { } phrase && NamesAReport(phrase.Text)
            && onlyDocumentByPublisher.TryGetValue(speaker.Id, out var document))
        {
            speaker = document;
            report = report with { Speaker = document };
        }

        if (speaker.Kind != EntityKind.Document && OwnDocumentBefore(report, speaker, text) is { } own)
        {
            speaker = own;
            report = report with { Speaker = own };
        }

        if (speaker.Kind == EntityKind.Document)
        {
            return report with { Attribution = attribution with { Kind = AttributionKind.Reported, AffiliationId = attribution.AffiliationId ?? speaker.PublisherId } };
        }

        if (IsAnonymousSource(speaker))
        {
            return report with { Attribution = attribution with { Kind = AttributionKind.Anonymous, AffiliationId = speaker.ParentId } };
        }

        if (attribution.Kind == AttributionKind.Anonymous && anonymousByBody.TryGetValue(attribution.AffiliationId ?? speaker.Id, out var unnamed))
        {
            return report with { Speaker = unnamed, Attribution = attribution with { AffiliationId = unnamed.ParentId } };
        }

        return report;
    }

    /// <summary>A Document the speaker published, named after the attribution phrase and before the reported words.</summary>
    private static Entity? OwnDocumentBefore(Report report, Entity speaker, ArticleText text)
    {
        if (report.Attribution.Phrase is not { } phrase)
        {
            return null;
        }

        for (var i = text.WordAtOrAfter(phrase.End); i < report.First && i < text.Count; i++)
        {
            if (text.MentionAt(i) is { Entity: { Kind: EntityKind.Document } document } && document.PublisherId == speaker.Id)
            {
                return document;
            }
        }

        return null;
    }

    private static bool NamesAReport(string phrase) =>
        ArabicNormalizer.Fold(phrase).Contains("تقرير", StringComparison.Ordinal) || phrase.Contains("report", StringComparison.OrdinalIgnoreCase);

    private static bool IsAnonymousSource(Entity entity) =>
        entity.Kind == EntityKind.Person && entity.ParentId is not null && entity.NameAr is { } name
        && ArabicNormalizer.Fold(name) is var folded && (folded.StartsWith("مصدر", StringComparison.Ordinal) || folded.StartsWith("مصادر", StringComparison.Ordinal));
}
