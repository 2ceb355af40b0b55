using GraphApi.Knowledge.Extraction;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Import;

/// <summary>
/// The extraction hook: articles without <c>claims/&lt;file-stem&gt;.yaml</c> are read by the <see cref="ArticleExtractor"/>;
/// a curated article is left as its curator wrote it. Extracted claims take the article's own origin (its reporting
/// chain's root, else its source id, as a curated claim without <c>origin:</c>) and, without a speaker, its outlet.
/// What <c>review.yaml</c> rejects is dropped. Candidates are merged across articles by kind and folded name.
/// </summary>
public sealed partial class ImportPipeline
{
    /// <summary>The extractor for this import, or null when nothing is extracted.</summary>
    private ArticleExtractor? Extractor(ValidatedKnowledge knowledge) =>
        options.Extract ? new ArticleExtractor(knowledge.Metrics, knowledge.Entities) : null;

    private static ArticleExtraction ExtractArticle(ArticleExtractor? extractor, ValidatedKnowledge knowledge, ArticleFile article, Source source, ExtractedBody body, IReadOnlyList<Mention> mentions, string runId)
    {
        if (extractor is null || knowledge.CuratedStems.Contains(Path.GetFileNameWithoutExtension(article.FileName)))
        {
            return ArticleExtraction.Empty;
        }

        var origin = source.Chain.Count > 0 ? "chain:" + source.Chain[^1].EntityId : source.Id;
        var asOf = source.Published ?? DatelineReader.Read(article.Text, body);
        var extraction = extractor.Extract(new ExtractionInput(article.FileName, article.Text, article.Hash, body.Body, mentions, asOf, origin, runId));
        return new ArticleExtraction(
            [.. extraction.Claims.Where(c => !knowledge.Rejected.Contains(c.Id)).Select(c => c with { SpeakerId = c.SpeakerId ?? source.OutletId })],
            extraction.Candidates);
    }

    private static IReadOnlyList<Candidate> MergeCandidates(IEnumerable<CandidateFinding> findings, IReadOnlySet<string> rejected) =>
        [.. findings
            .GroupBy(f => (f.Kind, f.Key))
            .Select(g =>
            {
                var occurrences = g.Select(f => f.Occurrence).DistinctBy(o => (o.SourceId, o.Start, o.End))
                    .OrderBy(o => o.SourceId, StringComparer.Ordinal).ThenBy(o => o.Start).ToList();
                var strongest = g.OrderByDescending(f => f.Confidence).ThenBy(f => f.Cue, StringComparer.Ordinal).First();
                return new Candidate(Candidate.IdFor(g.Key.Kind, g.Key.Key), occurrences[0].Text, g.Key.Kind, strongest.Cue, strongest.Confidence, occurrences);
            })
            .Where(c => !rejected.Contains(c.Id))
            .OrderBy(c => c.Id, StringComparer.Ordinal)];
}
