using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Linking;

/// <summary>
/// Finds every occurrence of a known entity's names in an article body and turns it into a <see cref="Mention"/>.
/// Matching runs on folded words with proclitics stripped (لل، بال، و…), through a trie built once per knowledge
/// base, so the cost is linear in the article's length. At each word the longest name wins and the scan resumes
/// after it: an institution named after a person (an eponym) is therefore not a mention of that person.
/// A span naming a part of another entity (<c>mentionsAlso</c>, or <c>parent</c> with <c>partMention</c>) also
/// mentions that entity.
/// </summary>
public sealed class EntityLinker
{
    private readonly NameTrie root = new();
    private readonly Dictionary<string, IReadOnlyList<string>> implied = new(StringComparer.Ordinal);

    public EntityLinker(IEnumerable<Entity> entities)
    {
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entity in byId.Values)
        {
            foreach (var name in entity.AllNames())
            {
                var words = ArabicNormalizer.Tokenize(ArabicNormalizer.Fold(name));
                if (words.Count > 0)
                {
                    var keys = words.Select(w => ArabicNormalizer.StripProclitics(w.Text)).ToList();
                    root.Add(keys, entity.Id, words[0].Text[..^keys[0].Length]);
                }
            }
        }

        foreach (var entity in byId.Values)
        {
            implied[entity.Id] = ImpliedClosure(entity, byId);
        }
    }

    /// <summary>Links the body spans of one source; mentions are sorted by start, then end, then entity id.</summary>
    public IReadOnlyList<Mention> Link(string fileName, string text, IReadOnlyList<TextSpan> body)
    {
        var sourceId = Source.IdFor(fileName);
        var mentions = new Dictionary<string, Mention>(StringComparer.Ordinal);
        var sentences = new Dictionary<int, string>();
        foreach (var span in body)
        {
            var normalized = ArabicNormalizer.Normalize(text, span.Start, span.End);
            var tokens = new TokenCandidates(normalized.Text, ArabicNormalizer.Tokenize(normalized.Text));
            var i = 0;
            while (i < tokens.Count)
            {
                var match = LongestMatch(tokens, i);
                if (match is null)
                {
                    i++;
                    continue;
                }

                var (words, node, keyOffset) = match.Value;
                var foldedStart = StemStart(tokens[i], keyOffset, node);
                var original = normalized.ToOriginal(foldedStart, tokens[i + words - 1].End);
                var mentionText = text[original.Start..original.End];
                var sentenceSpan = SentenceLocator.SpanAround(text, original.Start, original.End);
                if (!sentences.TryGetValue(sentenceSpan.Start, out var sentence))
                {
                    sentences[sentenceSpan.Start] = sentence = text[sentenceSpan.Start..sentenceSpan.End];
                }

                foreach (var entityId in node.EntityIds!)
                {
                    Add(mentions, new Mention(MentionId(fileName, original, entityId), sourceId, entityId, original.Start, original.End, mentionText, sentence));
                    foreach (var other in implied[entityId])
                    {
                        Add(mentions, new Mention(MentionId(fileName, original, other), sourceId, other, original.Start, original.End, mentionText, sentence, entityId));
                    }
                }

                i += words;
            }
        }

        return [.. mentions.Values.OrderBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.EntityId, StringComparer.Ordinal)];
    }

    public static string MentionId(string fileName, TextSpan span, string entityId) =>
        "mention/" + ContentId.Short(fileName, span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture), span.End.ToString(System.Globalization.CultureInfo.InvariantCulture), entityId);

    private static void Add(Dictionary<string, Mention> mentions, Mention mention) => mentions.TryAdd(mention.Id, mention);

    /// <summary>
    /// The folded offset where the name starts: after the proclitics the text adds, but including the letters the
    /// curated name itself starts with (بالرباط → الرباط for the name الرباط; برلمان stays whole for برلمان.كوم).
    /// </summary>
    private static int StemStart(FoldedToken token, int keyOffset, NameTrie node)
    {
        foreach (var prefix in node.FirstWordPrefixes!)
        {
            if (prefix.Length <= keyOffset && token.Text.AsSpan(0, keyOffset).EndsWith(prefix, StringComparison.Ordinal))
            {
                return token.Start + keyOffset - prefix.Length;
            }
        }

        return token.Start + keyOffset;
    }

    private (int Words, NameTrie Node, int KeyOffset)? LongestMatch(TokenCandidates tokens, int i)
    {
        (int Words, NameTrie Node, int KeyOffset)? best = null;
        var offsets = tokens.Offsets(i);
        foreach (var offset in offsets)
        {
            var node = root.Child(tokens[i].Text.AsSpan(offset));
            if (node is null)
            {
                continue;
            }

            var found = Deepest(tokens, i, node);
            if (found is not null && (best is null || found.Depth > best.Value.Words))
            {
                best = (found.Depth, found, offset);
            }
        }

        return best;
    }

    /// <summary>Follows the trie along the words after <paramref name="i"/>; returns the deepest node that ends a name.</summary>
    private static NameTrie? Deepest(TokenCandidates tokens, int i, NameTrie node)
    {
        var best = node.EntityIds is not null ? node : null;
        var next = i + 1;
        if (node.Children is null || next >= tokens.Count || !Adjacent(tokens.Folded, tokens[i], tokens[next]))
        {
            return best;
        }

        foreach (var offset in tokens.Offsets(next))
        {
            var child = node.Child(tokens[next].Text.AsSpan(offset));
            if (child is null)
            {
                continue;
            }

            var deeper = Deepest(tokens, next, child);
            if (deeper is not null && (best is null || deeper.Depth > best.Depth))
            {
                best = deeper;
            }
        }

        return best;
    }

    /// <summary>
    /// Two words belong to one name only when nothing but spaces, hyphens or quote marks separate them, or a lone
    /// dot inside a domain-like name (برلمان.كوم).
    /// </summary>
    private static bool Adjacent(string folded, FoldedToken left, FoldedToken right)
    {
        if (right.Start - left.End == 1 && folded[left.End] == '.')
        {
            return true;
        }

        for (var k = left.End; k < right.Start; k++)
        {
            if (folded[k] is not (' ' or '\u00A0' or '-' or '"' or '\'' or '\u201C' or '\u201D' or '«' or '»' or '(' or ')'))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<string> ImpliedClosure(Entity entity, Dictionary<string, Entity> byId)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Entity>([entity]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var direct = current.MentionsAlso.AsEnumerable();
            if (current.PartMention && current.ParentId is not null)
            {
                direct = direct.Append(current.ParentId);
            }

            foreach (var id in direct)
            {
                if (id != entity.Id && result.Add(id) && byId.TryGetValue(id, out var next))
                {
                    pending.Push(next);
                }
            }
        }

        return [.. result];
    }
}
