using GraphApi.Knowledge.Linking;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

public sealed partial class ImportPipeline
{
    /// <summary>Checks ids, references and quotes; every problem goes to <paramref name="errors"/>.</summary>
    private static ValidatedKnowledge Validate(CuratedKnowledge knowledge, Dictionary<string, ArticleFile> articles, List<EntityReference> references, bool strictCoverage, List<ImportError> errors)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var curatedEntities = new Dictionary<string, CuratedEntity>(StringComparer.Ordinal);
        foreach (var curated in knowledge.Entities)
        {
            var entity = curated.Entity;
            if (entity.Id.Length == 0)
            {
                continue;
            }

            if (curatedEntities.TryGetValue(entity.Id, out var first))
            {
                errors.Add(new ImportError(knowledge.EntitiesPath, curated.Line, $"duplicate entity id '{entity.Id}' (first defined at line {first.Line})"));
                continue;
            }

            entities.Add(entity.Id, entity);
            curatedEntities.Add(entity.Id, curated);
        }

        var metadata = new Dictionary<string, SourceMetadata>(StringComparer.Ordinal);
        var metadataFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in knowledge.Metadata.Where(m => m.File.Length > 0))
        {
            if (!metadataFiles.Add(entry.File))
            {
                errors.Add(new ImportError(knowledge.SourcesPath, entry.Line, $"duplicate entry for '{entry.File}'"));
            }
            else if (articles.ContainsKey(entry.File))
            {
                metadata.Add(entry.File, entry);
            }
            else if (strictCoverage)
            {
                errors.Add(new ImportError(knowledge.SourcesPath, entry.Line, $"'{entry.File}' is not an article in sources/"));
            }
        }

        var claims = new List<AnchoredClaim>();
        var claimLines = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        foreach (var (path, sourceFile, fileClaims) in knowledge.ClaimFiles)
        {
            if (sourceFile is null || sourceFile.Length == 0)
            {
                continue;
            }

            var stem = Path.GetFileNameWithoutExtension(path);
            if (Path.GetFileNameWithoutExtension(sourceFile) != stem)
            {
                errors.Add(new ImportError(path, 1, $"'source: {sourceFile}' does not match the file name; claims/{stem}.yaml holds the claims of {stem}.txt"));
            }

            if (!articles.ContainsKey(sourceFile))
            {
                if (strictCoverage)
                {
                    errors.Add(new ImportError(path, 1, $"source '{sourceFile}' is not an article in sources/"));
                }

                continue;
            }

            foreach (var claim in fileClaims)
            {
                var id = claim.Draft.Id;
                if (id.Length == 0)
                {
                    continue;
                }

                if (claimLines.TryGetValue(id, out var first))
                {
                    errors.Add(new ImportError(claim.File, claim.Line, $"duplicate claim id '{id}' (first defined at {first.File}:{first.Line})"));
                    continue;
                }

                claimLines.Add(id, (claim.File, claim.Line));
                var anchors = Anchor(claim, articles, strictCoverage, errors);
                var own = articles[sourceFile];
                var firstQuote = anchors.Where(a => a.Item1.SourceFile == sourceFile).Select(a => a.Item2.Start).DefaultIfEmpty(0).Min();
                claims.Add(new AnchoredClaim(
                    claim,
                    anchors,
                    AnchorPhrase(claim, "attribution text", claim.AttributionPhrase, own, firstQuote, errors),
                    AnchorPhrase(claim, "dateAsWritten text", claim.DatePhrase, own, firstQuote, errors)));
            }
        }

        foreach (var reference in references)
        {
            if (!entities.ContainsKey(reference.EntityId) && IsRelevant(reference, knowledge, articles))
            {
                errors.Add(new ImportError(reference.File, reference.Line, $"unknown entity '{reference.EntityId}' in '{reference.Field}'"));
            }
        }

        foreach (var anchored in claims)
        {
            CheckSpeaker(anchored.Claim, entities, errors);
        }

        return new ValidatedKnowledge(entities, metadata, claims, curatedEntities);
    }

    /// <summary>A Document speaks only through a REPORTED attribution: a report relayed by the outlet.</summary>
    private static void CheckSpeaker(CuratedClaim claim, Dictionary<string, Entity> entities, List<ImportError> errors)
    {
        var draft = claim.Draft;
        if (draft.SpeakerId is not null && entities.TryGetValue(draft.SpeakerId, out var speaker)
            && speaker.Kind == EntityKind.Document && draft.Attribution.Kind != AttributionKind.Reported)
        {
            errors.Add(new ImportError(claim.File, claim.Line, $"claim '{draft.Id}': the speaker '{speaker.Id}' is a Document, so its attribution is REPORTED, not {draft.Attribution.Kind.ToString().ToUpperInvariant()}"));
        }
    }

    /// <summary>
    /// Anchors an attribution or date phrase in the claim's own source, like a quote: the given occurrence, or else the
    /// occurrence nearest before the claim's first quote (or the first one after it when none precedes it).
    /// </summary>
    private static TextSpan? AnchorPhrase(CuratedClaim claim, string what, CuratedPhrase? phrase, ArticleFile article, int firstQuote, List<ImportError> errors)
    {
        if (phrase is null)
        {
            return null;
        }

        var all = new List<TextSpan>();
        for (var n = 1; QuoteAnchor.Find(article.Text, phrase.Text, n, out var count) is { } span; n++)
        {
            all.Add(span);
            if (n >= count)
            {
                break;
            }
        }

        if (all.Count == 0)
        {
            errors.Add(new ImportError(claim.File, phrase.Line, $"claim '{claim.Draft.Id}': {what} not found in {article.Path}: \"{phrase.Text}\""));
            return null;
        }

        if (phrase.Occurrence is { } occurrence)
        {
            if (occurrence > all.Count)
            {
                errors.Add(new ImportError(claim.File, phrase.Line, $"claim '{claim.Draft.Id}': {what} occurs {all.Count} time(s) in {article.Path}, so occurrence {occurrence} does not exist: \"{phrase.Text}\""));
                return null;
            }

            return all[occurrence - 1];
        }

        return all.LastOrDefault(s => s.Start <= firstQuote) is { End: > 0 } before ? before : all[0];
    }

    /// <summary>In bare-article mode, references in the claims of articles not being imported do not matter.</summary>
    private static bool IsRelevant(EntityReference reference, CuratedKnowledge knowledge, Dictionary<string, ArticleFile> articles)
    {
        var claimFile = knowledge.ClaimFiles.FirstOrDefault(f => f.Path == reference.File);
        return claimFile.Path is null || (claimFile.SourceFile is not null && articles.ContainsKey(claimFile.SourceFile));
    }

    private static List<(CuratedEvidence, TextSpan)> Anchor(CuratedClaim claim, Dictionary<string, ArticleFile> articles, bool strictCoverage, List<ImportError> errors)
    {
        var anchors = new List<(CuratedEvidence, TextSpan)>();
        foreach (var evidence in claim.Evidence)
        {
            if (evidence.Quote.Length == 0)
            {
                continue;
            }

            if (!articles.TryGetValue(evidence.SourceFile, out var article))
            {
                if (strictCoverage)
                {
                    errors.Add(new ImportError(claim.File, evidence.Line, $"claim '{claim.Draft.Id}': evidence source '{evidence.SourceFile}' is not an article in sources/"));
                }

                continue;
            }

            var span = QuoteAnchor.Find(article.Text, evidence.Quote, evidence.Occurrence, out var count);
            if (span is null)
            {
                var why = count == 0 ? "quote not found" : $"quote occurs {count} time(s), so occurrence {evidence.Occurrence} does not exist";
                errors.Add(new ImportError(claim.File, evidence.Line, $"claim '{claim.Draft.Id}': {why} in {article.Path}: \"{evidence.Quote}\""));
                continue;
            }

            anchors.Add((evidence, span.Value));
        }

        return anchors;
    }
}
