using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Finds the figures of an article: every match of a metric pattern, sentence by sentence, with its qualifier and the
/// nearest baseline of the sentence ("since 2002", or "the last three years" counted back from the as-of year). A
/// partitive after a figure (منها 88 على مدى العقد الأخير) is a figure of the same metric when it has a baseline of
/// its own. A relative baseline without an as-of year cannot be placed, so that figure is left out.
/// </summary>
internal sealed class FigureExtractor
{
    private static readonly FoldedWords Partitives = FoldedWords.Of("منها", "منهم", "بينها", "بينهم", "including");

    private static readonly FoldedWords YearWords = FoldedWords.Of("عام", "العام", "سنة", "السنة", "year", "in");

    /// <summary>Prefix forms are indexed by their first letters, so a word is only tried against patterns it could start.</summary>
    private const int PrefixKey = 3;

    private readonly List<(MetricDefinition Metric, MetricPattern Pattern)> patterns;
    private readonly Dictionary<string, List<int>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byFirstPrefix = new(StringComparer.Ordinal);
    private readonly List<int> numberFirst = [];
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> exactLookup;
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> prefixLookup;

    public FigureExtractor(MetricLexicon lexicon)
    {
        patterns = [.. lexicon.Metrics.SelectMany(m => m.Patterns.Select(p => (m, p)))];
        for (var i = 0; i < patterns.Count; i++)
        {
            switch (patterns[i].Pattern.Elements[0])
            {
                case WordElement word:
                    foreach (var form in word.Forms)
                    {
                        var index = form.Prefix ? byFirstPrefix : byFirstWord;
                        var key = form.Prefix ? form.Folded[..PrefixKey] : form.Folded;
                        var list = index.TryGetValue(key, out var found) ? found : index[key] = [];
                        if (!list.Contains(i))
                        {
                            list.Add(i);
                        }
                    }

                    break;
                default:
                    numberFirst.Add(i);
                    break;
            }
        }

        var alone = patterns.SelectMany(p => p.Pattern.Elements.OfType<WordElement>()).SelectMany(w => w.Forms).Where(f => f.CountAlone is not null).ToList();
        countAloneAnywhere = alone.Any(f => f.Prefix);
        countAlone = alone.Select(f => f.Folded).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        exactLookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixLookup = byFirstPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in byFirstWord.Keys.Concat(byFirstPrefix.Keys).Where(k => k.Length >= 2))
        {
            firstPairs[Pair(key[0], key[1])] = true;
        }
    }

    /// <summary>The forms that count without a number (شهرين:2، سائحتين:2): a sentence with neither a number nor one of them holds no figure.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> countAlone;

    /// <summary>True when a count-alone form is a prefix (شهر*:1), which the sentence filter does not read: every sentence is then searched.</summary>
    private readonly bool countAloneAnywhere;

    /// <summary>The first two letters of every pattern's first word, so most words are passed over without a lookup.</summary>
    private readonly bool[] firstPairs = new bool[128 * 128];

    private static int Pair(char a, char b) => ((a & 0x7F) * 128) + (b & 0x7F);

    public bool IsEmpty => patterns.Count == 0;

    /// <param name="text">An article read with this extractor's table of word readings (<see cref="WordReadings.Figures"/>).</param>
    public List<Figure> Extract(ArticleText text, int? asOfYear)
    {
        if (text.Readings.Figures != this)
        {
            throw new ArgumentException("the article's words were read for another figure extractor's patterns", nameof(text));
        }

        var figures = new List<Figure>();
        if (IsEmpty)
        {
            return figures;
        }

        for (var s = 0; s < text.SentenceCount; s++)
        {
            var (first, end) = text.Sentence(s);
            if (!MayHoldFigure(text, first, end))
            {
                continue;
            }

            List<Baseline>? baselines = null;
            List<Figure>? inSentence = null;
            for (var i = first; i < end; i++)
            {
                foreach (var p in text.ReadingOf(i).FigurePatterns)
                {
                    var (metric, pattern) = patterns[p];
                    var state = new MatchState();
                    if (!Match(text, pattern, 0, i, end, ref state))
                    {
                        continue;
                    }

                    baselines ??= BaselineReader.Find(text, first, end);
                    inSentence ??= [];
                    if (Build(text, metric, pattern, i, end, state, baselines, asOfYear) is { } figure
                        && !inSentence.Any(f => f.NumberAt == figure.NumberAt))
                    {
                        inSentence.Add(figure);
                    }
                }
            }

            if (inSentence is null)
            {
                continue;
            }

            foreach (var figure in inSentence.ToList())
            {
                if (Partitive(text, figure, end, baselines!, asOfYear) is { } part && !inSentence.Any(f => f.NumberAt == part.NumberAt))
                {
                    inSentence.Add(part);
                }
            }

            figures.AddRange(inSentence.OrderBy(f => f.First));
        }

        return figures;
    }

    /// <summary>
    /// Whether words [<paramref name="first"/>, <paramref name="end"/>) hold something a pattern's slot can read: a number
    /// (digits, a number word, a qualifier, an ordinal) or a form that counts alone. Most sentences of an article hold
    /// neither, and are passed over without trying a pattern.
    /// </summary>
    private bool MayHoldFigure(ArticleText text, int first, int end)
    {
        if (countAloneAnywhere)
        {
            return true;
        }

        for (var i = first; i < end; i++)
        {
            if (text.ReadingOf(i).MayHoldFigure)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of a word's readings (<paramref name="suffixes"/> of <paramref name="folded"/>) is a form that counts alone.</summary>
    public bool CountsAlone(ReadOnlySpan<char> folded, int[] suffixes)
    {
        foreach (var offset in suffixes)
        {
            if (countAlone.Contains(folded[offset..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The patterns a word could start, by its readings (the word without و ف ب ك ل ال), in the order they are tried:
    /// its first word's exact forms, then its prefixes, reading by reading, then the patterns that start with a number
    /// when one <paramref name="mayStartNumber"/> there. Worked out once per distinct word (<see cref="WordReading"/>).
    /// </summary>
    public int[] PatternsStartingWith(ReadOnlySpan<char> word, bool mayStartNumber)
    {
        List<int>? found = null;
        for (var offset = 0; offset < word.Length && offset < 4; offset++)
        {
            if (offset > 0 && word[offset - 1] is not ('و' or 'ف' or 'ب' or 'ك' or 'ل' or 'ا'))
            {
                break;
            }

            var reading = word[offset..];
            if (reading.Length >= 2 && !firstPairs[Pair(reading[0], reading[1])])
            {
                continue;
            }

            if (exactLookup.TryGetValue(reading, out var exact))
            {
                AddNew(found ??= [], exact);
            }

            if (reading.Length >= PrefixKey && prefixLookup.TryGetValue(reading[..PrefixKey], out var prefixed))
            {
                AddNew(found ??= [], prefixed);
            }
        }

        if (numberFirst.Count > 0 && mayStartNumber)
        {
            AddNew(found ??= [], numberFirst);
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>
    /// A year, not a count: four digits 1900–2100 right after a year word or a month («فككت الأجهزة في عام 2015 خلية …»،
    /// «أحداث 16 ماي 2003 خلية»), with no qualifier. «فككت 2009 خلية منذ عام 2002» still counts 2009.
    /// </summary>
    private static bool IsYear(ArticleText text, NumberExpression number) =>
        number.First == number.NumberFirst
        && number.NumberFirst > 0
        && NumberReader.Year(text, number.NumberFirst) is not null
        && (text.Is(number.NumberFirst - 1, YearWords) || DateWordingReader.IsMonth(text, number.NumberFirst - 1));

    private static void AddNew(List<int> found, List<int> patterns)
    {
        foreach (var p in patterns)
        {
            if (!found.Contains(p))
            {
                found.Add(p);
            }
        }
    }

    private static bool Match(ArticleText text, MetricPattern pattern, int element, int index, int end, ref MatchState state)
    {
        if (element == pattern.Elements.Count)
        {
            state.End = index;
            return true;
        }

        switch (pattern.Elements[element])
        {
            case WordElement word:
                if (index >= end)
                {
                    return false;
                }

                foreach (var form in word.Forms)
                {
                    if (text.Matches(index, form.Folded, form.Prefix))
                    {
                        var saved = state;
                        if (element == 0)
                        {
                            state.First = index;
                        }

                        if (state.ImpliedSlot && element == pattern.SlotIndex + 1)
                        {
                            if (form.CountAlone is not { } count)
                            {
                                continue;
                            }

                            state.Alone = count;
                            state.NumberAt = index;
                        }

                        if (Match(text, pattern, element + 1, index + 1, end, ref state))
                        {
                            return true;
                        }

                        state = saved;
                    }
                }

                return false;

            case NumberSlot slot:
                if (NumberReader.Read(text, index, end, slot.Ordinal) is { } number && !IsYear(text, number))
                {
                    var saved = state;
                    state.Number = number;
                    state.NumberAt = number.NumberFirst;
                    if (element == 0)
                    {
                        state.First = number.First;
                    }

                    if (Match(text, pattern, element + 1, number.End, end, ref state))
                    {
                        return true;
                    }

                    state = saved;
                }

                if (slot.Optional)
                {
                    state.ImpliedSlot = true;
                    if (element == 0)
                    {
                        state.First = index;
                    }

                    if (Match(text, pattern, element + 1, index, end, ref state))
                    {
                        return true;
                    }

                    state.ImpliedSlot = false;
                }

                return false;

            case GapElement gap:
                for (var skip = 0; skip <= gap.Max && index + skip <= end; skip++)
                {
                    if (Match(text, pattern, element + 1, index + skip, end, ref state))
                    {
                        state.GapUsed = Math.Max(state.GapUsed, skip);
                        return true;
                    }
                }

                return false;

            default:
                throw new InvalidOperationException($"unknown pattern element {pattern.Elements[element].GetType().Name}");
        }
    }

    private static Figure? Build(ArticleText text, MetricDefinition metric, MetricPattern pattern, int first, int end, MatchState state, List<Baseline> baselines, int? asOfYear)
    {
        decimal value;
        var qualifier = QuantityQualifier.Exactly;
        int numberFirst, numberEnd;
        var confidence = 0.9;
        if (state.Number is { } number)
        {
            value = number.Value;
            qualifier = number.Qualifier;
            (numberFirst, numberEnd) = (number.First, number.End);
            if (number.Spelled)
            {
                confidence -= 0.1;
            }
        }
        else
        {
            value = state.Alone;
            (numberFirst, numberEnd) = (state.NumberAt, state.NumberAt + 1);
            confidence -= 0.15;
        }

        var last = state.End;
        if (qualifier == QuantityQualifier.Exactly && NumberReader.TrailingQualifier(text, last, end) is { } trailing)
        {
            qualifier = trailing.Qualifier;
            last += trailing.Length;
        }

        if (state.GapUsed > 3)
        {
            confidence -= 0.1;
        }

        string? since = null;
        var from = Math.Min(state.First, numberFirst);
        if (BaselineReader.Nearest(baselines, numberFirst, numberEnd) is { } baseline)
        {
            since = baseline.Resolve(asOfYear);
            if (since is null)
            {
                return null;
            }

            if (baseline.YearsBack is not null)
            {
                confidence -= 0.1;
            }

            from = Math.Min(from, baseline.First);
            last = Math.Max(last, baseline.End);
        }

        return new Figure(metric, $"{metric.Id}: {pattern.Text}", value, qualifier, since, from, last, state.NumberAt, Math.Round(confidence, 2));
    }

    private static Figure? Partitive(ArticleText text, Figure whole, int end, List<Baseline> baselines, int? asOfYear)
    {
        for (var i = whole.End; i < end - 1; i++)
        {
            if (!text.Is(i, Partitives) || NumberReader.Read(text, i + 1, end) is not { } number)
            {
                continue;
            }

            var own = baselines.Where(b => b.First >= number.End || b.End <= number.First).Where(b => b.First >= whole.End).ToList();
            if (BaselineReader.Nearest(own, number.First, number.End) is not { } baseline || baseline.Resolve(asOfYear) is not { } since)
            {
                return null;
            }

            return new Figure(whole.Metric, whole.Cue + " (partitive)", number.Value, number.Qualifier, since,
                i, Math.Max(number.End, baseline.End), number.NumberFirst, Math.Round(whole.Confidence - 0.2, 2));
        }

        return null;
    }

    private struct MatchState
    {
        public int First;
        public int End;
        public int NumberAt;
        public NumberExpression? Number;
        public bool ImpliedSlot;
        public int Alone;
        public int GapUsed;
    }
}
