using GraphApi.Knowledge.Lint;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

public sealed partial class ImportPipeline
{
    /// <summary>
    /// Lints every claim against its sources and every entity against the sentences that speak of it, then applies the
    /// curators' acknowledgements. Warnings never stop an import; CI holds the seeds to a clean report.
    /// </summary>
    private static LintReport Lint(KnowledgeGraph graph, ValidatedKnowledge knowledge, string entitiesPath)
    {
        var texts = graph.Sources.ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal);
        var entries = new List<LintEntry>();
        var stale = new List<StaleAcknowledgement>();
        var curatedClaims = knowledge.Claims.ToDictionary(c => c.Claim.Draft.Id, c => c.Claim, StringComparer.Ordinal);
        foreach (var claim in graph.Claims)
        {
            var curated = curatedClaims[claim.Id];
            var findings = ClaimLinter.Lint(claim, id => texts.GetValueOrDefault(id));
            Apply(claim.Id, findings, curated.Acknowledged ?? [], curated.File, curated.Line, entries, stale);
        }

        var sentences = SentencesAbout(graph);
        foreach (var entity in graph.Entities)
        {
            var curated = knowledge.CuratedEntities[entity.Id];
            var findings = ClaimLinter.Lint(entity, sentences.TryGetValue(entity.Id, out var s) ? s : []);
            Apply(entity.Id, findings, curated.Acknowledged, entitiesPath, curated.Line, entries, stale);
        }

        return new LintReport(entries, stale);
    }

    private static void Apply(string subjectId, IReadOnlyList<LintFinding> findings, IReadOnlyList<CuratedAcknowledgement> acknowledged, string file, int line, List<LintEntry> entries, List<StaleAcknowledgement> stale)
    {
        foreach (var finding in findings)
        {
            var reason = acknowledged.FirstOrDefault(a => a.Acknowledgement.RuleId == finding.RuleId)?.Acknowledgement.Reason;
            entries.Add(new LintEntry(finding, file, line, reason));
        }

        foreach (var a in acknowledged.Where(a => findings.All(f => f.RuleId != a.Acknowledgement.RuleId)))
        {
            stale.Add(new StaleAcknowledgement(subjectId, a.Acknowledgement, file, a.Line));
        }
    }

    /// <summary>For each entity, the sentences of its mentions and of the evidence of the claims it takes part in.</summary>
    private static Dictionary<string, List<string>> SentencesAbout(KnowledgeGraph graph)
    {
        var sentences = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string entityId, string sentence)
        {
            if (!sentences.TryGetValue(entityId, out var list))
            {
                sentences[entityId] = list = [];
            }

            list.Add(sentence);
        }

        foreach (var mention in graph.Mentions)
        {
            Add(mention.EntityId, mention.Sentence);
        }

        foreach (var claim in graph.Claims)
        {
            var involved = claim.EntityRoles().Select(r => r.EntityId).Append(claim.Attribution.AffiliationId).OfType<string>().Distinct(StringComparer.Ordinal);
            foreach (var entityId in involved)
            {
                foreach (var evidence in claim.Evidence)
                {
                    Add(entityId, evidence.Sentence);
                }
            }
        }

        return sentences;
    }
}
