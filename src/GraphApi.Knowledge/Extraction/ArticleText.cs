using System.Buffers;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// The body of one article as the extractors read it: folded words with their original offsets, sentences, quoted
/// passages and the known entities the linker found. Built once per article and shared by the figure, reported-speech
/// and candidate extractors. Only body spans are read, so tickers, navigation and comment boilerplate (which
/// <see cref="BodyExtractor"/> leaves out) can never yield anything. Its per-word arrays are rented from the shared
/// pools and given back by <see cref="Dispose"/>, since an import reads thousands of articles in parallel and the
/// garbage they left grew the import's collections.
/// </summary>
internal sealed class ArticleText : IDisposable
{
    /// <summary>The words, [0, <see cref="Count"/>) of an array rented from the shared pool (an import's largest per-article garbage before).</summary>
    private WordToken[] words;
    private int wordCount;

    /// <summary>The folded letters of every word, end to end: a word is a slice (<see cref="Folded"/>), not a string of its own.</summary>
    private readonly char[] foldedBuffer;
    private int foldedLength;
    private readonly List<(int First, int End)> sentences = [];
    private readonly List<Quotation> quotations = [];
    private readonly WordMention?[] mentionsByFirstWord;
    private readonly int[] mentionCovering;
    private readonly WordReadings table;
    private readonly WordReading[] readings;
    private bool disposed;

    /// <param name="readings">The import's table of word readings, which this article's words are read from and added to.</param>
    public ArticleText(string text, IReadOnlyList<TextSpan> body, IEnumerable<Mention> mentions, IReadOnlyDictionary<string, Entity> entities, WordReadings readings)
    {
        Text = text;
        table = readings;
        var length = 0;
        foreach (var span in body)
        {
            length += span.Length;
        }

        words = ArrayPool<WordToken>.Shared.Rent(Math.Max(16, length / 5));
        sentences.Capacity = length / 50;
        foldedBuffer = ArrayPool<char>.Shared.Rent(Math.Max(16, length));
        foreach (var span in body)
        {
            ReadLine(span);
            FindQuotations(span);
        }

        CloseSentence();
        var count = wordCount;
        this.readings = ArrayPool<WordReading>.Shared.Rent(count);
        for (var i = 0; i < count; i++)
        {
            this.readings[i] = table.Of(Folded(i));
        }

        mentionCovering = ArrayPool<int>.Shared.Rent(count);
        Array.Fill(mentionCovering, -1, 0, count);
        mentionsByFirstWord = ArrayPool<WordMention?>.Shared.Rent(count);
        Array.Clear(mentionsByFirstWord, 0, count);
        IndexMentions(mentions, entities);
    }

    /// <summary>Gives the per-word arrays back to their pools; the text must not be read after.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        ArrayPool<char>.Shared.Return(foldedBuffer);
        ArrayPool<WordToken>.Shared.Return(words);
        ArrayPool<WordReading>.Shared.Return(readings, clearArray: true);
        ArrayPool<int>.Shared.Return(mentionCovering);
        ArrayPool<WordMention?>.Shared.Return(mentionsByFirstWord, clearArray: true);
    }

    public string Text { get; }

    public int Count => wordCount;

    public WordToken this[int index] => (uint)index < (uint)wordCount ? words[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The folded form of word <paramref name="index"/> (<see cref="ArabicNormalizer.Fold"/>): letters and digits only.</summary>
    public ReadOnlySpan<char> Folded(int index)
    {
        var word = this[index];
        return foldedBuffer.AsSpan(word.FoldedStart, word.FoldedLength);
    }

    public IReadOnlyList<Quotation> Quotations => quotations;

    public int SentenceCount => sentences.Count;

    /// <summary>The words of sentence <paramref name="sentence"/>: [First, End).</summary>
    public (int First, int End) Sentence(int sentence) => sentences[sentence];

    /// <summary>The original text of words [first, end).</summary>
    public TextSpan SpanOf(int first, int end) => new(this[first].Start, this[end - 1].End);

    /// <summary>The known entity whose mention starts at word <paramref name="index"/>, if any.</summary>
    public WordMention? MentionAt(int index) => mentionsByFirstWord[index];

    /// <summary>The first word of the mention that covers word <paramref name="index"/>, or -1.</summary>
    public int MentionCovering(int index) => mentionCovering[index];

    /// <summary>Whether one of the word's readings (the word itself, or without its proclitics و ف ب ك ل ال) is in <paramref name="set"/>.</summary>
    public bool Is(int index, FoldedWords set) => set.Bit != 0 ? (ReadingOf(index).Any & set.Bit) != 0 : Reading(index, set) is not null;

    /// <summary>The word's first reading found in <paramref name="set"/>, or null.</summary>
    public string? Reading(int index, FoldedWords set) => Reading(index, set.Lookup);

    /// <summary>The word's first reading found in <paramref name="lookup"/> (folded words), or null.</summary>
    public string? Reading(int index, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        var folded = Folded(index);
        foreach (var offset in Suffixes(index))
        {
            if (lookup.TryGetValue(folded[offset..], out var found))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the word itself, or the word after a conjunction (و، ف), is in <paramref name="set"/>: for particles and
    /// verbs, which never take the article or a preposition (الأعلى is not على).
    /// </summary>
    public bool IsBare(int index, FoldedWords set)
    {
        if (set.Bit != 0)
        {
            return (ReadingOf(index).Bare & set.Bit) != 0;
        }

        var folded = Folded(index);
        return set.Contains(folded) || (folded.Length > 2 && folded[0] is 'و' or 'ف' && set.Contains(folded[1..]));
    }

    /// <summary>
    /// What word <paramref name="index"/> is to the lexicons (<see cref="WordReading"/>), from the import's table: read at
    /// the word's first occurrence in the import, and again if a lexicon registered since.
    /// </summary>
    public WordReading ReadingOf(int index)
    {
        var reading = readings[index];
        return reading.Version == FoldedWords.Version ? reading : readings[index] = table.Of(Folded(index));
    }

    /// <summary>The table this article's words were read from.</summary>
    public WordReadings Readings => table;

    /// <summary>Where in the original text the word's first reading found in <paramref name="set"/> starts (after its proclitics), or null.</summary>
    public int? ReadingStart(int index, FoldedWords set)
    {
        var word = this[index];
        foreach (var offset in Suffixes(index))
        {
            if (set.Contains(Folded(index)[offset..]))
            {
                // Folded letters map one to one onto original letters; marks and tatweel fold to nothing.
                var at = word.Start;
                for (var kept = 0; kept < offset || (at < word.End && ArabicNormalizer.FoldChar(Text[at]) == '\0'); at++)
                {
                    if (ArabicNormalizer.FoldChar(Text[at]) != '\0')
                    {
                        kept++;
                    }
                }

                return at;
            }
        }

        return null;
    }

    /// <summary>Whether one of the word's readings equals <paramref name="form"/> (or starts with it, for a prefix).</summary>
    public bool Matches(int index, string form, bool prefix)
    {
        var folded = Folded(index);
        foreach (var offset in Suffixes(index))
        {
            var reading = folded[offset..];
            if (prefix ? reading.StartsWith(form, StringComparison.Ordinal) : reading.SequenceEqual(form))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quotation that opens at or just before word <paramref name="index"/> (only a space or quote mark between), if any.</summary>
    public Quotation? QuotationOpeningAt(int index)
    {
        var start = this[index].Start;
        foreach (var q in quotations)
        {
            if (q.Start <= start && q.Start >= (index > 0 ? this[index - 1].End : 0) && start < q.End)
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>The first word at or after <paramref name="offset"/>, or <see cref="Count"/>.</summary>
    public int WordAtOrAfter(int offset)
    {
        int low = 0, high = wordCount;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (words[mid].Start < offset)
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

    /// <summary>Where the word's readings start (<see cref="WordReading.Suffixes"/>).</summary>
    private int[] Suffixes(int index) => readings[index].Suffixes;

    /// <summary>Whether the word, after a conjunction or preposition (و ف ب ك ل), starts with the article ال (or is contracted لل).</summary>
    public bool IsDefinite(int index)
    {
        var folded = Folded(index);
        foreach (var offset in Suffixes(index))
        {
            if (folded[offset..].StartsWith("ال", StringComparison.Ordinal) || (offset > 0 && folded[offset..].StartsWith("ل", StringComparison.Ordinal) && folded[offset - 1] == 'ل'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads one body line in one pass: each code unit is folded (<see cref="ArabicNormalizer.FoldChar"/>), runs of letters
    /// and digits are words, and what lies between two words is classified. A word ends where the next kept code unit
    /// is, so marks after its last letter (a shadda, a tanwin) stay inside it, as the linker's spans do.
    /// </summary>
    private void ReadLine(TextSpan span)
    {
        var wordFolded = foldedLength;
        Span<char> gap = stackalloc char[32];
        var gapLength = 0;
        var spaced = false;
        var separator = Separator.LineStart;
        var wordStart = -1;
        var text = Text.AsSpan();
        var folds = Folds.AsSpan();
        var kinds = Kinds.AsSpan();
        for (var p = span.Start; p <= span.End; p++)
        {
            char c;
            CharKind kind;
            if (p < span.End)
            {
                var original = text[p];
                kind = kinds[original];
                if (kind == CharKind.Dropped)
                {
                    continue;
                }

                c = folds[original];
            }
            else
            {
                (c, kind) = (' ', CharKind.Space);
            }

            if (kind == CharKind.Word)
            {
                if (wordStart < 0)
                {
                    if (separator != Separator.LineStart)
                    {
                        separator = Classify(gap[..gapLength], spaced);
                    }

                    wordStart = p;
                    wordFolded = foldedLength;
                }

                foldedBuffer[foldedLength++] = c;
                continue;
            }

            if (wordStart >= 0)
            {
                if ((separator & (Separator.LineStart | Separator.SentenceEnd)) != 0)
                {
                    CloseSentence();
                }

                AddWord(new WordToken(wordStart, p, wordFolded, foldedLength - wordFolded, sentences.Count, separator));
                gapLength = 0;
                spaced = false;
                separator = Separator.Space;
                wordStart = -1;
            }

            // Only punctuation matters between words; white space is remembered as a flag.
            if (kind == CharKind.Space)
            {
                spaced = true;
            }
            else if (gapLength < gap.Length)
            {
                gap[gapLength++] = c;
            }
        }
    }

    /// <summary>Every code unit folded (<see cref="ArabicNormalizer.FoldChar"/>), read from a table rather than worked out per character.</summary>
    private static readonly char[] Folds = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => ArabicNormalizer.FoldChar((char)c))];

    /// <summary>What each code unit is once folded: dropped, part of a word (a letter or digit), white space, or punctuation.</summary>
    private static readonly CharKind[] Kinds = [.. Folds.Select(f => f == '\0' ? CharKind.Dropped : char.IsLetterOrDigit(f) ? CharKind.Word : char.IsWhiteSpace(f) ? CharKind.Space : CharKind.Other)];

    private enum CharKind : byte
    {
        Dropped,
        Word,
        Space,
        Other,
    }

    private int sentenceStart;

    private void CloseSentence()
    {
        if (wordCount > sentenceStart)
        {
            sentences.Add((sentenceStart, wordCount));
            sentenceStart = wordCount;
        }
    }

    private void AddWord(WordToken word)
    {
        if (wordCount == words.Length)
        {
            var larger = ArrayPool<WordToken>.Shared.Rent(words.Length * 2);
            words.AsSpan(0, wordCount).CopyTo(larger);
            ArrayPool<WordToken>.Shared.Return(words);
            words = larger;
        }

        words[wordCount++] = word;
    }

    /// <summary>What separates two words: a lone dot between letters or digits (برلمان.كوم, 24.6) ends nothing, nor does an ellipsis followed by a bracket or comma.</summary>
    private static Separator Classify(ReadOnlySpan<char> folded, bool spaced)
    {
        var separator = Separator.Space;
        var (from, to) = (0, folded.Length);
        for (var i = from; i < to; i++)
        {
            var c = folded[i];
            switch (c)
            {
                case '،' or ',' or '؛' or ';':
                    separator |= Separator.Comma;
                    break;
                case ':':
                    separator |= Separator.Colon;
                    break;
                case '"' or '“' or '”' or '«' or '»' or '„':
                    separator |= Separator.Quote;
                    break;
                case '(' or ')' or '[' or ']':
                    separator |= Separator.Parenthesis;
                    break;
                case '!' or '?' or '؟':
                    separator |= Separator.SentenceEnd;
                    break;
                case '.' or '…':
                    var run = i;
                    while (run < to && folded[run] is '.' or '…')
                    {
                        run++;
                    }

                    var ellipsis = run - i > 1 || c == '…';
                    var inWord = to - from == 1 && !spaced;
                    var continues = run < to && folded[run] is ')' or '،' or ',';
                    if (!inWord && !(ellipsis && continues))
                    {
                        separator |= Separator.SentenceEnd;
                    }

                    i = run - 1;
                    break;
            }
        }

        return separator;
    }

    /// <summary>The quote marks <see cref="FindQuotations"/> reads.</summary>
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“”«»„");

    /// <summary>
    /// Quote marks open or close by what touches them: a mark after a space and before a word opens, one after a word and
    /// before a space or punctuation closes; « opens and » closes; otherwise the mark closes an open quotation or opens one.
    /// Nested quotations stay inside the outer one.
    /// </summary>
    private void FindQuotations(TextSpan span)
    {
        var depth = 0;
        var openAt = -1;
        var line = Text.AsSpan(span.Start, span.Length);
        for (var p = span.Start; p < span.End; p++)
        {
            // Most of a line holds no quote mark: skip to the next one at once.
            var skip = line[(p - span.Start)..].IndexOfAny(QuoteMarks);
            if (skip < 0)
            {
                break;
            }

            p += skip;
            var c = Text[p];

            var afterSpace = p == span.Start || char.IsWhiteSpace(Text[p - 1]) || Text[p - 1] is '(' or '[';
            var beforeSpace = p + 1 == span.End || char.IsWhiteSpace(Text[p + 1]) || Text[p + 1] is '،' or ',' or '.' or ':' or '؛' or ')' or '!' or '?' or '؟';
            bool opens = c switch
            {
                '«' => true,
                '»' => false,
                _ when afterSpace && !beforeSpace => true,
                _ when !afterSpace && beforeSpace => false,
                _ => depth == 0,
            };
            if (opens)
            {
                if (depth++ == 0)
                {
                    openAt = p;
                }
            }
            else if (depth > 0 && --depth == 0)
            {
                quotations.Add(new Quotation(openAt, p + 1, Closed: true));
            }
        }

        if (depth > 0)
        {
            quotations.Add(new Quotation(openAt, span.End, Closed: false));
        }
    }

    private void IndexMentions(IEnumerable<Mention> mentions, IReadOnlyDictionary<string, Entity> entities)
    {
        // Implied mentions (a part naming its whole) are not what the words say; a span two entities share is ambiguous.
        // The linker returns mentions ordered by start, then end (sorted here only if not), so one pass groups a span's entities.
        var direct = new List<Mention>();
        var sorted = true;
        foreach (var m in mentions)
        {
            if (m.ImpliedBy is null)
            {
                sorted &= direct.Count == 0 || (direct[^1].Start, direct[^1].End).CompareTo((m.Start, m.End)) <= 0;
                direct.Add(m);
            }
        }

        if (!sorted)
        {
            direct.Sort((a, b) => (a.Start, a.End).CompareTo((b.Start, b.End)));
        }

        for (var at = 0; at < direct.Count;)
        {
            var (start, end) = (direct[at].Start, direct[at].End);
            var next = at + 1;
            var shared = false;
            while (next < direct.Count && direct[next].Start == start && direct[next].End == end)
            {
                shared |= direct[next].EntityId != direct[at].EntityId;
                next++;
            }

            Index(start, end, shared ? null : entities.GetValueOrDefault(direct[at].EntityId));
            at = next;
        }
    }

    private void Index(int start, int end, Entity? entity)
    {
        // A mention may start inside a word (بالرباط names الرباط): take the word that holds its first code unit.
        var first = WordAtOrAfter(start + 1) - 1;
        if (first < 0 || this[first].End <= start)
        {
            first = WordAtOrAfter(start);
        }

        var last = WordAtOrAfter(end);
        if (first >= last || mentionsByFirstWord[first] is not null)
        {
            return;
        }

        mentionsByFirstWord[first] = new WordMention(entity, first, last);
        for (var i = first; i < last; i++)
        {
            mentionCovering[i] = first;
        }
    }
}
