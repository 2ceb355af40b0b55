using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Search;

/// <summary>
/// The texts of claims (text, Arabic text, roles) or of sources (titles, file name) for the store-level search over
/// every node kind. Whole words only, matched as in passages (<see cref="WordForms.TextTerms"/>): no prefixes and no
/// typos in running text. Every query word must occur in one field; a field scores the share of its words the query
/// accounts for (query words / max(query words, field words)), a node its best field. Fields are ranked shortest first
/// (<see cref="RankedPostings"/>), so the best hits come first and the walk stops after the page, however many fields match.
/// </summary>
internal sealed class TextIndex
{
    private readonly TermTable table = new();
    private readonly RankedPostings postings;
    private readonly IGraphNode[] owners;
    private readonly string[] texts;
    private readonly int[] lengths;
    private readonly int[] entryOfRank;

    private TextIndex(IEnumerable<(IGraphNode Node, IEnumerable<string?> Fields)> nodes)
    {
        var entryOwners = new List<IGraphNode>();
        var entryTexts = new List<string>();
        var entryWords = new List<int[]>();
        var buffer = new char[256];
        var scratch = new List<int>();
        foreach (var (node, fields) in nodes.OrderBy(n => n.Node.Id, StringComparer.Ordinal))
        {
            foreach (var field in fields.OfType<string>())
            {
                scratch.Clear();
                table.AddWords(field, 0, field.Length, ref buffer, scratch);
                if (scratch.Count > 0)
                {
                    entryOwners.Add(node);
                    entryTexts.Add(field);
                    entryWords.Add([.. scratch]);
                }
            }
        }

        owners = [.. entryOwners];
        texts = [.. entryTexts];
        lengths = [.. entryWords.Select(w => w.Length)];
        entryOfRank = [.. Enumerable.Range(0, owners.Length).OrderBy(e => lengths[e])];
        postings = RankedPostings.Build(table.TermCount, entryOfRank, (entry, terms) =>
        {
            foreach (var word in entryWords[entry])
            {
                foreach (var term in table.TermsOf(word))
                {
                    if (!terms.Contains(term))
                    {
                        terms.Add(term);
                    }
                }
            }
        });
    }

    public static TextIndex ForClaims(IEnumerable<Claim> claims) =>
        new(claims.Select(c => ((IGraphNode)c, (IEnumerable<string?>)[c.Text, c.TextAr, c.Role, c.RoleAr])));

    public static TextIndex ForSources(IEnumerable<Source> sources) =>
        new(sources.Select(s => ((IGraphNode)s, (IEnumerable<string?>)[s.Title, s.TitleEn, Path.GetFileNameWithoutExtension(s.FileName)])));

    /// <summary>Nodes whose fields hold every one of <paramref name="words"/> (folded, function words removed), best first (score descending, then id).</summary>
    public IReadOnlyList<SearchHit> Find(IReadOnlyList<string> words, Func<IGraphNode, bool> keep, int first)
    {
        var terms = words.Select(w => table.TermIds(WordForms.TextTerms(w))).ToList();
        if (words.Count == 0 || first <= 0 || terms.Any(t => t.Length == 0))
        {
            return [];
        }

        var hits = new List<SearchHit>();
        var seen = new HashSet<IGraphNode>(ReferenceEqualityComparer.Instance);
        foreach (var rank in postings.Intersect(terms, 0))
        {
            var entry = entryOfRank[rank];
            var score = Math.Round((double)words.Count / Math.Max(words.Count, lengths[entry]), 6);
            if (hits.Count >= first && score < hits[^1].Score)
            {
                break;
            }

            if (seen.Add(owners[entry]) && keep(owners[entry]))
            {
                hits.Add(new SearchHit(owners[entry], score, texts[entry]));
            }
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Node.Id, StringComparer.Ordinal).Take(first)];
    }
}
