using System.Globalization;
using GraphApi.Knowledge.Comparison;
using GraphApi.Knowledge.Extraction;
using GraphApi.Knowledge.Linking;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Import;

public sealed partial class ImportPipeline
{
    /// <summary>Builds the graph from validated input; cannot fail.</summary>
    private KnowledgeGraph Build(List<ArticleFile> articles, ValidatedKnowledge knowledge, List<string> warnings, CancellationToken cancellationToken)
    {
        var hashes = articles.ToDictionary(a => a.FileName, a => a.Hash, StringComparer.Ordinal);
        var run = new ImportRun(
            "run/" + ContentId.Short([options.ImporterVersion, .. hashes.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Key + "=" + h.Value)]),
            options.Clock.GetUtcNow(),
            options.ImporterVersion,
            new SortedDictionary<string, string>(hashes, StringComparer.Ordinal));

        options.Progress?.Report($"linking {articles.Count} articles");
        var linker = new EntityLinker(knowledge.Entities.Values);
        var extractor = Extractor(knowledge);
        var sources = new Source[articles.Count];
        var linked = new IReadOnlyList<Mention>[articles.Count];
        var extracted = new ArticleExtraction[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var article = articles[i];
            knowledge.Metadata.TryGetValue(article.FileName, out var meta);
            var extractedBody = BodyExtractor.Extract(article.Text);
            var body = extractedBody.Body;
            sources[i] = new Source
            {
                Id = Source.IdFor(article.FileName),
                FileName = article.FileName,
                Title = meta?.Title,
                TitleEn = meta?.TitleEn,
                OutletId = meta?.OutletId,
                Published = meta?.Published,
                Language = meta?.Language,
                Url = meta?.Url,
                Chain = meta?.Chain ?? [],
                Visibility = meta?.Visibility ?? SourceVisibility.Public,
                EmbargoUntil = meta?.EmbargoUntil,
                Body = body,
                Text = article.Text,
                ContentHash = article.Hash,
            };
            linked[i] = linker.Link(article.FileName, article.Text, body);
            extracted[i] = ExtractArticle(extractor, knowledge, article, sources[i], extractedBody, linked[i], run.Id);
        });
        warnings.AddRange(articles.Where(a => !knowledge.Metadata.ContainsKey(a.FileName)).Select(a => $"{a.FileName}: no entry in sources.yaml (title, outlet and date unknown)"));
        var mentions = linked.SelectMany(m => m).ToList();

        var sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var claims = knowledge.Claims.Select(c => BuildClaim(c, sourcesById, run.Id)).ToList();
        claims.AddRange(extracted.SelectMany(e => e.Claims));
        var candidates = MergeCandidates(extracted.SelectMany(e => e.Candidates), knowledge.Rejected);

        options.Progress?.Report("comparing claims");
        var comparison = ClaimComparer.Compare(claims);

        // Outlets and reporting-chain entities are usually named only in page furniture (datelines, "المصدر:"), so
        // their absence from bodies is expected; any other curated entity that no body names deserves a look.
        var mentioned = mentions.Select(m => m.EntityId)
            .Concat(sources.Select(s => s.OutletId).OfType<string>())
            .Concat(sources.SelectMany(s => s.Chain.Select(c => c.EntityId)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entity in knowledge.Entities.Values.Where(e => !mentioned.Contains(e.Id) && !e.PartOfNameOnly).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            warnings.Add($"{entity.Id}: never mentioned in an article body");
        }

        return new KnowledgeGraph
        {
            Entities = [.. knowledge.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal)],
            Sources = [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)],
            Claims = [.. claims.OrderBy(c => c.Id, StringComparer.Ordinal)],
            Mentions = [.. mentions.OrderBy(m => m.Id, StringComparer.Ordinal)],
            Relationships = BuildRelationships(knowledge.Entities.Values, claims),
            Conflicts = comparison.Conflicts,
            Corroborations = comparison.Corroborations,
            Run = run,
            Candidates = candidates,
            Warnings = [.. warnings.Order(StringComparer.Ordinal)],
        };
    }

    private static Claim BuildClaim(AnchoredClaim anchored, Dictionary<string, Source> sources, string runId)
    {
        var curated = anchored.Claim;
        var source = sources[curated.Draft.SourceId];
        var evidence = anchored.Anchors.Select(a =>
        {
            var quoted = sources[Source.IdFor(a.Curated.SourceFile)];
            return new Evidence
            {
                Id = "evidence/" + ContentId.Short(curated.Draft.Id, quoted.FileName, a.Span.Start.ToString(CultureInfo.InvariantCulture), a.Span.End.ToString(CultureInfo.InvariantCulture)),
                Quote = a.Curated.Quote,
                En = a.Curated.En,
                SourceId = quoted.Id,
                Start = a.Span.Start,
                End = a.Span.End,
                Sentence = SentenceLocator.SentenceAround(quoted.Text, a.Span.Start, a.Span.End),
                SourceHash = quoted.ContentHash,
                Verified = quoted.Text.AsSpan(a.Span.Start, a.Span.Length).SequenceEqual(a.Curated.Quote),
            };
        }).OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        var origin = curated.Origin
            ?? (source.Chain.Count > 0 ? "chain:" + source.Chain[^1].EntityId : null)
            ?? source.Id;
        return curated.Draft with
        {
            SpeakerId = curated.Draft.SpeakerId ?? (curated.Draft.Attribution.Kind == AttributionKind.Outlet ? source.OutletId : null),
            Attribution = curated.Draft.Attribution with { Phrase = PhraseAt(curated.AttributionPhrase, anchored.AttributionSpan) },
            DateAsWritten = PhraseAt(curated.DatePhrase, anchored.DateSpan),
            Evidence = evidence,
            Origin = origin,
            WasGeneratedBy = runId,
        };
    }

    private static Phrase? PhraseAt(CuratedPhrase? curated, TextSpan? span) =>
        curated is null || span is null ? null : new Phrase(curated.Text, curated.En, span.Value.Start, span.Value.End);

    /// <summary>One edge per (type, from, to): relation claims, plus curated <c>parent</c> (part-of) and event <c>place</c> (located-in).</summary>
    private static IReadOnlyList<Relationship> BuildRelationships(IEnumerable<Entity> entities, List<Claim> claims)
    {
        var edges = new Dictionary<string, (string Type, string From, string To, SortedSet<string> Claims)>(StringComparer.Ordinal);
        void Add(string type, string from, string to, string? claimId)
        {
            var id = Relationship.IdFor(type, from, to);
            if (!edges.TryGetValue(id, out var edge))
            {
                edge = (type, from, to, new SortedSet<string>(StringComparer.Ordinal));
                edges.Add(id, edge);
            }

            if (claimId is not null)
            {
                edge.Claims.Add(claimId);
            }
        }

        foreach (var entity in entities)
        {
            if (entity.ParentId is not null)
            {
                Add("part-of", entity.Id, entity.ParentId, null);
            }

            if (entity.PlaceId is not null)
            {
                Add("located-in", entity.Id, entity.PlaceId, null);
            }
        }

        foreach (var claim in claims.Where(c => c.Kind == ClaimKind.Relation && c.SubjectId is not null && c.ObjectId is not null && c.Predicate is not null))
        {
            Add(claim.Predicate!, claim.SubjectId!, claim.ObjectId!, claim.Id);
        }

        return [.. edges.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new Relationship(e.Key, e.Value.Type, e.Value.From, e.Value.To, [.. e.Value.Claims]))];
    }
}
