using GraphApi.Knowledge.Linking;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

public sealed partial class ImportPipeline
{
    /// <summary>Checks ids, references and quotes; every problem goes to <paramref name="errors"/>.</summary>
    private static ValidatedKnowledge Validate(CuratedKnowledge knowledge, Dictionary<string, ArticleFile> articles, List<EntityReference> references, bool strictCoverage, List<ImportError> errors)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var entityLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (entity, line) in knowledge.Entities)
        {
            if (entity.Id.Length == 0)
            {
                continue;
            }

            if (entityLines.TryGetValue(entity.Id, out var first))
            {
                errors.Add(new ImportError(knowledge.EntitiesPath, line, $"duplicate entity id '{entity.Id}' (first defined at line {first})"));
                continue;
            }

            entities.Add(entity.Id, entity);
            entityLines.Add(entity.Id, line);
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

        var claims = new List<(CuratedClaim, IReadOnlyList<(CuratedEvidence, TextSpan)>)>();
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
                claims.Add((claim, Anchor(claim, articles, strictCoverage, errors)));
            }
        }

        foreach (var reference in references)
        {
            if (!entities.ContainsKey(reference.EntityId) && IsRelevant(reference, knowledge, articles))
            {
                errors.Add(new ImportError(reference.File, reference.Line, $"unknown entity '{reference.EntityId}' in '{reference.Field}'"));
            }
        }

        var curatedStems = knowledge.ClaimFiles.Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToHashSet(StringComparer.Ordinal);
        return new ValidatedKnowledge(entities, metadata, claims, knowledge.Metrics, knowledge.Rejected, curatedStems);
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
