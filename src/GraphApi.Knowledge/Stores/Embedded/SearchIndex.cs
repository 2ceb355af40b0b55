using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Stores.Embedded;

/// <summary>
/// Name search: an inverted index from word keys (folded, proclitics stripped) to the documents holding them, a
/// Latin phonetic index, a sorted vocabulary for prefixes and a vocabulary by length for bounded typo matching.
/// Every query word must match a word of the same name; a query matching nothing returns nothing.
/// </summary>
public sealed class SearchIndex
{
    private readonly List<SearchDocument> documents = [];
    private readonly Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> phonetic = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> byLength = [];
    private readonly string[] vocabulary;

    private SearchIndex(IEnumerable<(IGraphNode Node, IEnumerable<string> Names)> nodes)
    {
        foreach (var (node, names) in nodes)
        {
            Add(node, names);
        }

        vocabulary = [.. postings.Keys.Order(StringComparer.Ordinal)];
        foreach (var token in vocabulary)
        {
            if (LatinPhoneticKey.IsLatin(token))
            {
                Append(phonetic, LatinPhoneticKey.For(token), token);
            }

            Append(byLength, token.Length, token);
        }
    }

    /// <summary>
    /// Entity names only. Kept apart from claim and source texts, whose postings grow with the corpus, so an entity
    /// search costs the same at 100k articles as at 1k. A hit's score depends only on the query and that document's
    /// words, so searching both indexes and merging gives exactly the hits of one index over everything.
    /// </summary>
    public static SearchIndex ForEntities(KnowledgeGraph graph) =>
        new(graph.Entities.Select(e => ((IGraphNode)e, (IEnumerable<string>)e.AllNames())));

    /// <summary>Claim texts and roles, source titles and file names.</summary>
    public static SearchIndex ForTexts(KnowledgeGraph graph) =>
        new(graph.Claims.Select(c => ((IGraphNode)c, (IEnumerable<string>)new[] { c.Text, c.TextAr, c.Role, c.RoleAr }.OfType<string>()))
            .Concat(graph.Sources.Select(s => ((IGraphNode)s, (IEnumerable<string>)new[] { s.Title, s.TitleEn, Path.GetFileNameWithoutExtension(s.FileName) }.OfType<string>()))));

    /// <summary>The best <paramref name="first"/> hits of several indexes, in the order one index would give.</summary>
    public static IReadOnlyList<SearchHit> Merge(IEnumerable<IReadOnlyList<SearchHit>> results, int first) =>
        [.. results.SelectMany(r => r).OrderByDescending(h => h.Score).ThenBy(h => h.Node.Id, StringComparer.Ordinal).Take(first)];

    /// <summary>Allowed edits for a query word: none below 4 letters, 1 up to 7, 2 from 8.</summary>
    public static int EditBound(int length) => length < 4 ? 0 : length <= 7 ? 1 : 2;

    public IReadOnlyList<SearchHit> Find(string text, Func<IGraphNode, bool> keep, int first)
    {
        var query = ArabicNormalizer.Keys(text).Distinct(StringComparer.Ordinal).ToList();
        if (query.Count == 0 || first <= 0)
        {
            return [];
        }

        var matches = query.Select(TokenMatches).ToList();
        HashSet<int>? candidates = null;
        foreach (var match in matches)
        {
            var docs = match.Keys.SelectMany(t => postings[t]).ToHashSet();
            candidates = candidates is null ? docs : [.. candidates.Intersect(docs)];
            if (candidates.Count == 0)
            {
                return [];
            }
        }

        var hits = new List<SearchHit>();
        foreach (var doc in candidates!.Select(i => documents[i]).Where(d => keep(d.Node)))
        {
            SearchHit? best = null;
            foreach (var (display, keys) in doc.Names)
            {
                var score = 0.0;
                foreach (var match in matches)
                {
                    var wordScore = keys.Max(k => match.GetValueOrDefault(k));
                    if (wordScore == 0)
                    {
                        score = 0;
                        break;
                    }

                    score += wordScore;
                }

                if (score == 0)
                {
                    continue;
                }

                score /= Math.Max(keys.Length, query.Count);
                if (keys.Length == query.Count && keys.SequenceEqual(query, StringComparer.Ordinal))
                {
                    score += 1;
                }

                if (best is null || score > best.Score)
                {
                    best = new SearchHit(doc.Node, Math.Round(score, 6), display);
                }
            }

            if (best is not null)
            {
                hits.Add(best);
            }
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Node.Id, StringComparer.Ordinal).Take(first)];
    }

    /// <summary>Vocabulary words a query word matches, with scores: exact 1, Latin phonetic 0.9, prefix 0.8, edits 0.7 − 0.1 per edit.</summary>
    private Dictionary<string, double> TokenMatches(string q)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        void Offer(string token, double score)
        {
            if (result.GetValueOrDefault(token) < score)
            {
                result[token] = score;
            }
        }

        if (postings.ContainsKey(q))
        {
            Offer(q, 1);
        }

        if (LatinPhoneticKey.IsLatin(q) && phonetic.TryGetValue(LatinPhoneticKey.For(q), out var sounds))
        {
            foreach (var token in sounds)
            {
                Offer(token, 0.9);
            }
        }

        if (q.Length >= 3)
        {
            var at = Array.BinarySearch(vocabulary, q, StringComparer.Ordinal);
            for (var i = at < 0 ? ~at : at; i < vocabulary.Length && vocabulary[i].StartsWith(q, StringComparison.Ordinal); i++)
            {
                Offer(vocabulary[i], 0.8);
            }
        }

        var bound = EditBound(q.Length);
        for (var length = q.Length - bound; bound > 0 && length <= q.Length + bound; length++)
        {
            if (!byLength.TryGetValue(length, out var tokens))
            {
                continue;
            }

            foreach (var token in tokens)
            {
                var distance = BoundedLevenshtein(q, token, bound);
                if (distance <= bound)
                {
                    Offer(token, 0.7 - (0.1 * distance));
                }
            }
        }

        return result;
    }

    private void Add(IGraphNode node, IEnumerable<string> names)
    {
        var entries = names.Select(n => (n, ArabicNormalizer.Keys(n).ToArray())).Where(e => e.Item2.Length > 0).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var index = documents.Count;
        documents.Add(new SearchDocument(node, entries));
        foreach (var key in entries.SelectMany(e => e.Item2).Distinct(StringComparer.Ordinal))
        {
            Append(postings, key, index);
        }
    }

    private static void Append<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>Edit distance, or bound + 1 as soon as it must exceed the bound.</summary>
    private static int BoundedLevenshtein(string a, string b, int bound)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private sealed record SearchDocument(IGraphNode Node, List<(string Display, string[] Keys)> Names);
}
