using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphApi.Knowledge.Model;

namespace GraphApi.Benchmarks.Corpus;

/// <summary>
/// Writes a synthetic corpus laid out like <c>seeds/</c>: <c>sources/NNNNNN_hash.txt</c> articles of Arabic filler
/// sentences (words of the seed articles) naming the real seed entities with a Zipf distribution and spelling
/// variants; <c>knowledge/entities.yaml</c> and <c>knowledge/metrics.yaml</c> copied from the seeds; <c>knowledge/sources.yaml</c> with a title,
/// outlet and date per article; and one RELATION claim every <see cref="ClaimEvery"/> articles, whose quote is a
/// sentence of its article. The same seed gives the same bytes.
/// </summary>
public sealed class CorpusGenerator(SeedKnowledge seeds, int randomSeed)
{
    /// <summary>Every 20th article carries one curated claim, so relationships and claim lists grow with the corpus.</summary>
    public const int ClaimEvery = 20;

    private const double ZipfExponent = 1.07;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string[] Predicates = ["cooperates-with", "participant-in", "member-of", "signed-with"];

    private readonly Random random = new(randomSeed);
    private IReadOnlyList<Entity> ranked = [];
    private ZipfDistribution zipf = null!;
    private IReadOnlyList<string> outlets = [];

    public async Task<CorpusSummary> WriteAsync(string outputDirectory, int articles, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(articles);
        var sourcesDir = Path.Combine(outputDirectory, "sources");
        var knowledgeDir = Path.Combine(outputDirectory, "knowledge");
        var claimsDir = Path.Combine(knowledgeDir, "claims");
        Directory.CreateDirectory(sourcesDir);
        Directory.CreateDirectory(claimsDir);
        File.Copy(seeds.EntitiesFile, Path.Combine(knowledgeDir, "entities.yaml"), overwrite: true);
        if (File.Exists(seeds.MetricsFile))
        {
            File.Copy(seeds.MetricsFile, Path.Combine(knowledgeDir, "metrics.yaml"), overwrite: true);
        }

        // The popularity order is itself drawn from the seed, so "the hub" is a different entity for each seed.
        ranked = [.. seeds.Entities.Where(e => !e.PartOfNameOnly).OrderBy(_ => random.Next())];
        zipf = new ZipfDistribution(ranked.Count, ZipfExponent);
        outlets = [.. seeds.Entities.Where(e => e.InstitutionType == "outlet").Select(e => e.Id)];

        var sourcesYaml = new StringBuilder("# Synthetic corpus metadata (scripts: dotnet run --project tests/GraphApi.Benchmarks -- generate).\nsources:\n");
        var bytes = 0L;
        var mentions = 0L;
        var claims = 0;
        for (var index = 0; index < articles; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = WriteArticle(index);
            var content = Utf8.GetBytes(article.Text);
            var fileName = string.Create(CultureInfo.InvariantCulture, $"{index:D6}_{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}.txt");
            await File.WriteAllBytesAsync(Path.Combine(sourcesDir, fileName), content, cancellationToken).ConfigureAwait(false);
            bytes += content.Length;
            mentions += article.Mentions;

            AppendSourceEntry(sourcesYaml, fileName, article.Title, index);
            if (article.Claim is { } claim)
            {
                var stem = Path.GetFileNameWithoutExtension(fileName);
                await File.WriteAllTextAsync(Path.Combine(claimsDir, stem + ".yaml"), ClaimYaml(fileName, index, claim), Utf8, cancellationToken).ConfigureAwait(false);
                claims++;
            }
        }

        await File.WriteAllTextAsync(Path.Combine(knowledgeDir, "sources.yaml"), sourcesYaml.ToString(), Utf8, cancellationToken).ConfigureAwait(false);
        return new CorpusSummary(articles, bytes, mentions, claims, ranked[0].Id, zipf.Probability(0));
    }

    private GeneratedArticle WriteArticle(int index)
    {
        var text = new StringBuilder(4096);
        var title = Sentence(random.Next(6, 11), out var titleMentions).TrimEnd('.');
        text.Append(title).Append("\n\n");
        var mentions = titleMentions;
        var paragraphs = random.Next(5, 11);
        (Entity Subject, string Predicate, Entity Object, string Quote)? claim = null;
        var claimParagraph = index % ClaimEvery == ClaimEvery / 2 ? random.Next(paragraphs) : -1;
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = random.Next(1, 4);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                text.Append(Sentence(random.Next(8, 22), out var count));
                mentions += count;
            }

            if (p == claimParagraph)
            {
                claim = RelationSentence();
                text.Append(' ').Append(claim.Value.Quote).Append('.');
                mentions += 2;
            }

            text.Append('\n');
        }

        return new GeneratedArticle(text.ToString(), title, mentions, claim);
    }

    /// <summary>A sentence of filler words; about one in two sentences names an entity, a few name two.</summary>
    private string Sentence(int words, out int mentions)
    {
        var parts = new List<string>(words + 2);
        for (var i = 0; i < words; i++)
        {
            parts.Add(seeds.Words[random.Next(seeds.Words.Count)]);
        }

        mentions = random.NextDouble() switch
        {
            < 0.45 => 0,
            < 0.9 => 1,
            _ => 2,
        };
        for (var m = 0; m < mentions; m++)
        {
            parts.Insert(random.Next(parts.Count + 1), NameForm(ranked[zipf.Sample(random)]));
        }

        return string.Join(' ', parts) + ".";
    }

    /// <summary>Arabic names (display name and Arabic aliases) nine times in ten, varied; otherwise a Latin form as printed.</summary>
    private string NameForm(Entity entity)
    {
        var arabic = AllForms(entity).Where(IsArabic).ToList();
        if (arabic.Count > 0 && (random.NextDouble() < 0.9 || AllForms(entity).All(IsArabic)))
        {
            return SpellingVariants.Vary(arabic[random.Next(arabic.Count)], random);
        }

        var latin = AllForms(entity).Where(n => !IsArabic(n)).ToList();
        return latin[random.Next(latin.Count)];
    }

    private (Entity, string, Entity, string) RelationSentence()
    {
        var subject = ranked[zipf.Sample(random)];
        var @object = ranked[zipf.Sample(random)];
        while (@object.Id == subject.Id)
        {
            @object = ranked[random.Next(ranked.Count)];
        }

        var filler = string.Join(' ', Enumerable.Range(0, 4).Select(_ => seeds.Words[random.Next(seeds.Words.Count)]));
        var quote = $"{CanonicalName(subject)} {filler} {CanonicalName(@object)}";
        return (subject, Predicates[random.Next(Predicates.Length)], @object, quote);
    }

    private void AppendSourceEntry(StringBuilder yaml, string fileName, string title, int index)
    {
        var published = new DateOnly(2015, 1, 1).AddDays(index * 7919 % 3650);
        yaml.Append("  - file: ").Append(fileName).Append('\n')
            .Append("    title: ").Append(Quoted(title)).Append('\n')
            .Append("    outlet: ").Append(outlets.Count == 0 ? "null" : outlets[index % outlets.Count]).Append('\n')
            .Append("    published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("    language: ar\n");
    }

    private static string ClaimYaml(string fileName, int index, (Entity Subject, string Predicate, Entity Object, string Quote) claim) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            source: {fileName}
            claims:
              - id: claim/synthetic-{index:D6}
                kind: RELATION
                subject: {claim.Subject.Id}
                predicate: {claim.Predicate}
                object: {claim.Object.Id}
                text: {Quoted($"{claim.Subject.Name} {claim.Predicate} {claim.Object.Name} (synthetic).")}
                evidence:
                  - quote: {Quoted(claim.Quote)}
                    en: synthetic sentence naming both entities


            """);

    private static string CanonicalName(Entity entity) => entity.NameAr ?? entity.Name;

    private static IEnumerable<string> AllForms(Entity entity) => entity.AllNames();

    private static bool IsArabic(string name) => name.Any(c => c is >= '\u0600' and <= '\u06FF');

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private sealed record GeneratedArticle(string Text, string Title, int Mentions, (Entity Subject, string Predicate, Entity Object, string Quote)? Claim);
}

/// <summary>What a generated corpus holds; <see cref="Mentions"/> counts the names written, before linking.</summary>
public sealed record CorpusSummary(int Articles, long Bytes, long Mentions, int Claims, string TopEntity, double TopEntityShare);
