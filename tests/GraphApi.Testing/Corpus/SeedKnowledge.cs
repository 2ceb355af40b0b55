using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Testing.Corpus;

/// <summary>
/// What the generator borrows from the real seeds: the curated entities with their names and aliases, and the
/// Arabic words of the seed article bodies (minus words that are part of a name, so filler never links by accident,
/// and minus words that start the page-furniture lines the body extractor drops).
/// </summary>
public sealed class SeedKnowledge
{
    private static readonly string[] FurnitureWords =
        ["شكرا", "سيتم", "شارك", "طباعة", "انقر", "اقرأ", "المصدر", "اترك", "لن", "التعليقات", "عذرا", "أضف", "مقالات", "أخبار"];

    private SeedKnowledge(string directory, IReadOnlyList<Entity> entities, IReadOnlyList<string> words)
    {
        Directory = directory;
        Entities = entities;
        Words = words;
    }

    /// <summary>The seeds folder (with sources/ and knowledge/).</summary>
    public string Directory { get; }

    /// <summary>Entities in id order.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Filler words, with repetitions, so sampling follows the seeds' word frequencies.</summary>
    public IReadOnlyList<string> Words { get; }

    public string EntitiesFile => Path.Combine(Directory, "knowledge", "entities.yaml");

    public static async Task<SeedKnowledge> LoadAsync(string? seedsDirectory, CancellationToken cancellationToken = default)
    {
        var directory = seedsDirectory ?? FindSeeds();
        var outcome = await new ImportPipeline().ImportCorpusAsync(directory, cancellationToken).ConfigureAwait(false);
        if (outcome.Graph is not { } graph)
        {
            throw new InvalidOperationException($"the seeds in {directory} do not import: {outcome.Errors[0]}");
        }

        var nameKeys = graph.Entities
            .SelectMany(e => e.AllNames())
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(ArabicNormalizer.Key)
            .ToHashSet(StringComparer.Ordinal);
        var furniture = FurnitureWords.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var source in graph.Sources)
        {
            foreach (var span in source.Body)
            {
                foreach (var word in source.Text.AsSpan(span.Start, span.Length).ToString().Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (IsArabicWord(word) && !nameKeys.Contains(ArabicNormalizer.Key(word)) && !furniture.Contains(ArabicNormalizer.Fold(word)))
                    {
                        words.Add(word);
                    }
                }
            }
        }

        return new SeedKnowledge(directory, graph.Entities, words);
    }

    private static bool IsArabicWord(string word) => word.Length >= 2 && word.All(c => c is >= '\u0621' and <= '\u064A');

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(System.IO.Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "seeds", "knowledge", "entities.yaml")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new InvalidOperationException("no seeds/knowledge/entities.yaml above the current directory; pass --seeds <folder>");
    }
}
