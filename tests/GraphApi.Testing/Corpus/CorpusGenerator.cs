using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphApi.Knowledge.Model;

namespace GraphApi.Testing.Corpus;

/// <summary>
/// Writes a synthetic corpus laid out like <c>seeds/</c>: <c>sources/NNNNNN_hash.txt</c> articles of Arabic filler
/// sentences (words of the seed articles) naming the real seed entities with a Zipf distribution and spelling
/// variants; <c>knowledge/entities.yaml</c> and <c>knowledge/metrics.yaml</c> copied from the seeds; <c>knowledge/sources.yaml</c> with a title,
/// outlet and date per article; and one RELATION claim every <see cref="ClaimEvery"/> articles, whose quote is a
/// sentence of its article (one every <see cref="DenseClaimEvery"/> among the first <see cref="DenseArticles"/>). With <c>syntheticEntities</c> &gt; 0, that many synthetic people are added to
/// <c>entities.yaml</c>, each named in an article by a RELATION claim that ties it to the corpus's most frequent entity
/// (the hub), so the hub's neighbourhood holds that many entities (the explorer's network benchmark). The same seed
/// gives the same bytes.
/// </summary>
public sealed class CorpusGenerator(SeedKnowledge seeds, int randomSeed, int syntheticEntities = 0)
{
    /// <summary>Every 20th article carries one curated claim, so relationships and claim lists grow with the corpus.</summary>
    public const int ClaimEvery = 20;

    /// <summary>
    /// The first <see cref="DenseArticles"/> articles carry a curated claim every <see cref="DenseClaimEvery"/> articles
    /// instead, so that the typed links are many enough at every corpus size for the graph reads (path, neighbourhood,
    /// timeline) to have real answers: with one claim in 20 articles, 1k articles gave 50 links among the seed entities,
    /// no path between two of the benchmark's people and a near-empty timeline, and a scale measure compared an empty
    /// answer with a full one.
    /// </summary>
    public const int DenseArticles = 1000;

    /// <inheritdoc cref="DenseArticles"/>
    public const int DenseClaimEvery = 2;

    private const double ZipfExponent = 1.07;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string[] Predicates = ["cooperates-with", "participant-in", "member-of", "signed-with"];

    /// <summary>Letters that spell a synthetic entity's number in its Arabic name, so every name is distinct.</summary>
    private const string CodeLetters = "بتثجحخدذرزسشصضطظعغفق";

    private readonly Random random = new(randomSeed);
    private IReadOnlyList<Entity> ranked = [];
    private ZipfDistribution zipf = null!;
    private IReadOnlyList<string> outlets = [];

    private int articleCount;

    public async Task<CorpusSummary> WriteAsync(string outputDirectory, int articles, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(articles);
        ArgumentOutOfRangeException.ThrowIfNegative(syntheticEntities);
        articleCount = articles;
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
        if (syntheticEntities > 0)
        {
            await File.AppendAllTextAsync(Path.Combine(knowledgeDir, "entities.yaml"), SyntheticEntitiesYaml(), Utf8, cancellationToken).ConfigureAwait(false);
        }

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
            if (article.Claims.Count > 0)
            {
                var stem = Path.GetFileNameWithoutExtension(fileName);
                await File.WriteAllTextAsync(Path.Combine(claimsDir, stem + ".yaml"), ClaimsYaml(fileName, article.Claims), Utf8, cancellationToken).ConfigureAwait(false);
                claims += article.Claims.Count;
            }
        }

        await File.WriteAllTextAsync(Path.Combine(knowledgeDir, "sources.yaml"), sourcesYaml.ToString(), Utf8, cancellationToken).ConfigureAwait(false);
        return new CorpusSummary(articles, bytes, mentions, claims, ranked[0].Id, zipf.Probability(0), syntheticEntities);
    }

    private GeneratedArticle WriteArticle(int index)
    {
        var text = new StringBuilder(4096);
        var title = Sentence(random.Next(6, 11), out var titleMentions).TrimEnd('.');
        text.Append(title).Append("\n\n");
        var mentions = titleMentions;
        var paragraphs = random.Next(5, 11);
        var claims = new List<GeneratedClaim>();
        var claimParagraph = CarriesClaim(index) ? random.Next(paragraphs) : -1;
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
                var (subject, predicate, @object, quote) = RelationSentence();
                claims.Add(new GeneratedClaim(string.Create(CultureInfo.InvariantCulture, $"claim/synthetic-{index:D6}"), subject.Id, subject.Name, predicate, @object.Id, @object.Name, quote));
                text.Append(' ').Append(quote).Append('.');
                mentions += 2;
            }

            text.Append('\n');
        }

        // Synthetic entity n is tied to the hub in article n modulo the article count, in a paragraph of its own.
        for (var n = index; n < syntheticEntities; n += Math.Max(1, articleCount))
        {
            var filler = string.Join(' ', Enumerable.Range(0, 4).Select(_ => seeds.Words[random.Next(seeds.Words.Count)]));
            var quote = $"{SyntheticNameAr(n)} {filler} {CanonicalName(ranked[0])}";
            claims.Add(new GeneratedClaim(string.Create(CultureInfo.InvariantCulture, $"claim/synthetic-entity-{n:D6}"), SyntheticId(n), SyntheticName(n), "cooperates-with", ranked[0].Id, ranked[0].Name, quote));
            text.Append(quote).Append(".\n");
            mentions += 2;
        }

        return new GeneratedArticle(text.ToString(), title, mentions, claims);
    }

    /// <summary>Whether article <paramref name="index"/> carries a curated claim: densely in the first articles, then one in <see cref="ClaimEvery"/>.</summary>
    public static bool CarriesClaim(int index) =>
        index % ClaimEvery == ClaimEvery / 2 || (index < DenseArticles && index % DenseClaimEvery == 0);

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

    private static string ClaimsYaml(string fileName, IReadOnlyList<GeneratedClaim> claims)
    {
        var yaml = new StringBuilder().Append("source: ").Append(fileName).Append("\nclaims:\n");
        foreach (var claim in claims)
        {
            yaml.Append(string.Create(CultureInfo.InvariantCulture, $"""
                  - id: {claim.Id}
                    kind: RELATION
                    subject: {claim.SubjectId}
                    predicate: {claim.Predicate}
                    object: {claim.ObjectId}
                    text: {Quoted($"{claim.SubjectName} {claim.Predicate} {claim.ObjectName} (synthetic).")}
                    evidence:
                      - quote: {Quoted(claim.Quote)}
                        en: synthetic sentence naming both entities

                """));
        }

        return yaml.Append('\n').ToString();
    }

    private string SyntheticEntitiesYaml()
    {
        var yaml = new StringBuilder("\n  # ---------------------------------------------------------------- synthetic (generate --entities)\n");
        for (var n = 0; n < syntheticEntities; n++)
        {
            yaml.Append("  - id: ").Append(SyntheticId(n)).Append('\n')
                .Append("    kind: Person\n")
                .Append("    name: ").Append(SyntheticName(n)).Append('\n')
                .Append("    nameAr: ").Append(SyntheticNameAr(n)).Append('\n')
                .Append("    description: Synthetic person for benchmarks, tied to ").Append(ranked[0].Id).Append(".\n\n");
        }

        return yaml.ToString();
    }

    private static string SyntheticId(int n) => string.Create(CultureInfo.InvariantCulture, $"person/synthetic-{n:D6}");

    private static string SyntheticName(int n) => string.Create(CultureInfo.InvariantCulture, $"Synthetic Person {n:D6}");

    /// <summary>"شخص" and the number spelt in <see cref="CodeLetters"/>, at least four letters, so no two names fold alike.</summary>
    private static string SyntheticNameAr(int n)
    {
        var code = new StringBuilder();
        for (var rest = n; code.Length < 4 || rest > 0; rest /= CodeLetters.Length)
        {
            code.Append(CodeLetters[rest % CodeLetters.Length]);
        }

        return "شخص " + code;
    }

    private static string CanonicalName(Entity entity) => entity.NameAr ?? entity.Name;

    private static IEnumerable<string> AllForms(Entity entity) => entity.AllNames();

    private static bool IsArabic(string name) => name.Any(c => c is >= '\u0600' and <= '\u06FF');

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private sealed record GeneratedArticle(string Text, string Title, int Mentions, IReadOnlyList<GeneratedClaim> Claims);

    private sealed record GeneratedClaim(string Id, string SubjectId, string SubjectName, string Predicate, string ObjectId, string ObjectName, string Quote);
}

/// <summary>What a generated corpus holds; <see cref="Mentions"/> counts the names written, before linking.</summary>
public sealed record CorpusSummary(int Articles, long Bytes, long Mentions, int Claims, string TopEntity, double TopEntityShare, int SyntheticEntities = 0);
