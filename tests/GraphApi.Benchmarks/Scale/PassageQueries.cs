using GraphApi.Testing.Corpus;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Text;

namespace GraphApi.Benchmarks.Scale;

/// <summary>
/// The passage searches the scale runs time, the same for every corpus size: the hub's Arabic name (the most named
/// entity, so the search with the most matches), that name as a quoted phrase, and filler words of the seed bodies
/// chosen by frequency (the most frequent, the two most frequent, both as a phrase, a word of median frequency, and
/// that word with the most frequent).
/// </summary>
public static class PassageQueries
{
    public static IReadOnlyList<(string Label, string Text)> For(SeedKnowledge seeds, Entity hub)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(hub);
        var ranked = seeds.Words
            .GroupBy(ArabicNormalizer.Fold, StringComparer.Ordinal)
            .Where(g => !StopWords.Contains(g.Key))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var (first, second, median) = (ranked[0], ranked[1], ranked[ranked.Count / 2]);
        var name = hub.NameAr ?? hub.Name;
        return
        [
            ("hub name", name),
            ("hub name as a phrase", $"\"{name}\""),
            ("most frequent word", first),
            ("two most frequent words", $"{first} {second}"),
            ("the same as a phrase", $"\"{first} {second}\""),
            ("median word", median),
            ("median and most frequent", $"{median} {first}"),
        ];
    }
}
