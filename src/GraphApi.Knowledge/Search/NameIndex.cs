using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Search;

/// <summary>
/// Entity search over every name, Arabic name and alias, built for precision: a name that is not in the graph must
/// find nothing. Each name is indexed word by word (<see cref="WordForms.NameForm"/>; function words left out,
/// <see cref="StopWords"/>). A query finds a name when every query word meets a different word of that name:
/// <list type="bullet">
/// <item>exactly, after folding and proclitics, or by Latin transliteration key (<see cref="NameWordMatch.Exact"/>,
/// <see cref="NameWordMatch.Transliteration"/>);</item>
/// <item>the query's last word, of 3 letters or more, as the beginning of the name's last word, for type-ahead
/// (<see cref="NameWordMatch.Prefix"/>);</item>
/// <item>within <see cref="EditDistance.Bound"/> edits, only when both the query and the name are one word
/// (<see cref="NameWordMatch.OneEdit"/>): typos never reach a word inside a longer name, so ترامب does not meet
/// التراب of the DGST's name.</item>
/// </list>
/// A name is a hit only when the query meets at least half of its words: المحمدية (a town) does not find
/// الرابطة المحمدية للعلماء, nor مكافحة every office against terrorism. Score of a name = the sum of its matched
/// words' worth / max(query words, name words), rounded to 6 digits; an entity scores its best name. So 1 means the
/// query is one of the entity's names, and no hit scores below 0.4; see docs/search.md for the scale.
/// Immutable once built; any store can host one.
/// </summary>
public sealed class NameIndex
{
    private readonly List<IndexedName> names = [];
    private readonly Dictionary<string, List<WordRef>> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<WordRef>> transliterations = new(StringComparer.Ordinal);
    private readonly (string Form, int Name)[] lastWords;
    private readonly Dictionary<int, List<(string Form, int Name)>> singleWords = [];

    public NameIndex(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var last = new List<(string Form, int Name)>();
        foreach (var entity in entities)
        {
            foreach (var display in entity.AllNames())
            {
                var words = WordForms.Words(display).Where(w => !StopWords.Contains(w)).ToList();
                if (words.Count == 0)
                {
                    continue;
                }

                var index = names.Count;
                var forms = words.Select((w, i) => WordForms.NameForm(w, i == 0)).ToArray();
                names.Add(new IndexedName(entity, display, forms));
                for (var position = 0; position < forms.Length; position++)
                {
                    Append(exact, forms[position], new WordRef(index, position));
                    if (LatinPhoneticKey.IsLatin(forms[position]))
                    {
                        Append(transliterations, LatinPhoneticKey.For(forms[position]), new WordRef(index, position));
                    }
                }

                last.Add((forms[^1], index));
                if (forms.Length == 1)
                {
                    if (!singleWords.TryGetValue(forms[0].Length, out var sameLength))
                    {
                        singleWords[forms[0].Length] = sameLength = [];
                    }

                    sameLength.Add((forms[0], index));
                }
            }
        }

        lastWords = [.. last.OrderBy(w => w.Form, StringComparer.Ordinal).ThenBy(w => w.Name)];
    }

    /// <summary>The entities whose names match <paramref name="text"/> and that <paramref name="keep"/> accepts, best first (score descending, then id), at most <paramref name="first"/>.</summary>
    public IReadOnlyList<SearchHit> Find(string text, Func<IGraphNode, bool> keep, int first)
    {
        var query = WordForms.Words(text).Where(w => !StopWords.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
        if (query.Count == 0 || first <= 0)
        {
            return [];
        }

        var matches = new List<Dictionary<WordRef, NameWordMatch>>(query.Count);
        for (var i = 0; i < query.Count; i++)
        {
            var found = WordMatches(query[i], isLast: i == query.Count - 1, alone: query.Count == 1);
            if (found.Count == 0)
            {
                return [];
            }

            matches.Add(found);
        }

        var best = new Dictionary<IGraphNode, SearchHit>(ReferenceEqualityComparer.Instance);
        foreach (var name in matches[0].Keys.Select(r => r.Name).Distinct().Order())
        {
            var indexed = names[name];
            if (indexed.Forms.Length < query.Count || 2 * query.Count < indexed.Forms.Length || !keep(indexed.Node))
            {
                continue;
            }

            var worth = BestAssignment(matches, name, 0, new bool[indexed.Forms.Length]);
            if (worth < 0)
            {
                continue;
            }

            var score = Math.Round(worth / Math.Max(query.Count, indexed.Forms.Length), 6);
            if (!best.TryGetValue(indexed.Node, out var current) || score > current.Score)
            {
                best[indexed.Node] = new SearchHit(indexed.Node, score, indexed.Display);
            }
        }

        return [.. best.Values.OrderByDescending(h => h.Score).ThenBy(h => h.Node.Id, StringComparer.Ordinal).Take(first)];
    }

    /// <summary>Every name word one query word meets, with the best way it meets each.</summary>
    private Dictionary<WordRef, NameWordMatch> WordMatches(string word, bool isLast, bool alone)
    {
        var result = new Dictionary<WordRef, NameWordMatch>();
        void Offer(WordRef at, NameWordMatch match)
        {
            if (!result.TryGetValue(at, out var known) || match < known)
            {
                result[at] = match;
            }
        }

        foreach (var form in WordForms.QueryForms(word))
        {
            foreach (var at in exact.GetValueOrDefault(form) ?? [])
            {
                Offer(at, NameWordMatch.Exact);
            }

            if (LatinPhoneticKey.IsLatin(form))
            {
                foreach (var at in transliterations.GetValueOrDefault(LatinPhoneticKey.For(form)) ?? [])
                {
                    Offer(at, NameWordMatch.Transliteration);
                }
            }

            if (isLast && form.Length >= 3)
            {
                var start = LowerBound(form);
                for (var i = start; i < lastWords.Length && lastWords[i].Form.StartsWith(form, StringComparison.Ordinal); i++)
                {
                    if (lastWords[i].Form.Length > form.Length)
                    {
                        Offer(new WordRef(lastWords[i].Name, names[lastWords[i].Name].Forms.Length - 1), NameWordMatch.Prefix);
                    }
                }
            }

            var bound = alone ? EditDistance.Bound(form) : 0;
            for (var length = form.Length - bound; bound > 0 && length <= form.Length + bound; length++)
            {
                foreach (var (single, name) in singleWords.GetValueOrDefault(length) ?? [])
                {
                    var distance = EditDistance.Bounded(form, single, bound);
                    if (distance > 0 && distance <= bound)
                    {
                        Offer(new WordRef(name, 0), distance == 1 ? NameWordMatch.OneEdit : NameWordMatch.TwoEdits);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The largest total worth of matching query words <paramref name="word"/>… to distinct words of one name (names
    /// have a handful of words, so a depth-first search is enough); −1 when some query word cannot be placed.
    /// </summary>
    private static double BestAssignment(List<Dictionary<WordRef, NameWordMatch>> matches, int name, int word, bool[] used)
    {
        if (word == matches.Count)
        {
            return 0;
        }

        var best = -1.0;
        for (var position = 0; position < used.Length; position++)
        {
            if (used[position] || !matches[word].TryGetValue(new WordRef(name, position), out var match))
            {
                continue;
            }

            used[position] = true;
            var rest = BestAssignment(matches, name, word + 1, used);
            used[position] = false;
            if (rest >= 0)
            {
                best = Math.Max(best, match.Worth() + rest);
            }
        }

        return best;
    }

    private int LowerBound(string form)
    {
        int low = 0, high = lastWords.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(lastWords[mid].Form, form) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static void Append(Dictionary<string, List<WordRef>> map, string key, WordRef value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private readonly record struct WordRef(int Name, int Position);

    private sealed record IndexedName(IGraphNode Node, string Display, string[] Forms);
}
