using System.Text;

namespace GraphApi.Knowledge.Text;

/// <summary>
/// Folds Arabic and Latin text to a matching key while keeping a map back to the original UTF-16 offsets.
/// Every fold is one code unit to one or to none, so a match in folded text maps to an exact original span.
/// </summary>
/// <remarks>
/// Rules (each has an example from the seeds in the tests):
/// <list type="bullet">
/// <item>Dropped: harakat and tanwin U+064B–U+0652 (incl. shadda U+0651), superscript alef U+0670, U+0653–U+0655, tatweel U+0640, zero-width and direction marks.</item>
/// <item>Alef forms أ إ آ ٱ → ا.</item>
/// <item>Hamza: ء, ؤ and ئ all fold to ء, so الشئون (004) and الشؤون (001) share one key, as do المسئولين and المسؤولين.</item>
/// <item>ة → ه and ى → ي (the Egyptian spellings of 004: فى, دولى); Persian ک → ك and ی → ي.</item>
/// <item>Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits.</item>
/// <item>Latin letters are lowercased and lose their diacritics (é → e).</item>
/// </list>
/// Proclitics are handled per token by <see cref="StripProclitics"/>, not here, because stripping removes a prefix
/// of a token, which a character fold cannot express.
/// </remarks>
public static class ArabicNormalizer
{
    /// <summary>A stem left after stripping proclitics must keep at least this many letters, so short words survive (بلد, فاس).</summary>
    public const int MinimumStemLength = 3;

    private const char Drop = '\0';

    /// <summary>Folds one code unit; returns <c>'\0'</c> for a code unit that is dropped.</summary>
    public static char FoldChar(char c)
    {
        switch (c)
        {
            case >= '\u064B' and <= '\u0655':
            case '\u0670':
            case '\u0640':
            case >= '\u200B' and <= '\u200F':
            case '\u061C':
            case '\uFEFF':
                return Drop;
            case '\u0623' or '\u0625' or '\u0622' or '\u0671':
                return '\u0627';
            case '\u0624' or '\u0626':
                return '\u0621';
            case '\u0629':
                return '\u0647';
            case '\u0649' or '\u06CC':
                return '\u064A';
            case '\u06A9':
                return '\u0643';
            case >= '\u0660' and <= '\u0669':
                return (char)('0' + (c - '\u0660'));
            case >= '\u06F0' and <= '\u06F9':
                return (char)('0' + (c - '\u06F0'));
            case >= 'A' and <= 'Z':
                return (char)(c + 32);
            case < '\u00C0':
                return c;
            default:
                return c <= '\u024F' ? LatinBase(c) : c;
        }
    }

    /// <summary>Folds a whole string (no offset map); used for names, queries and filters.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded != Drop)
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    /// <summary>Folds <paramref name="text"/>[start..end) keeping, for each folded code unit, its original offset.</summary>
    public static NormalizedText Normalize(string text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        var builder = new StringBuilder(end - start);
        var map = new List<int>(end - start + 1);
        for (var i = start; i < end; i++)
        {
            var folded = FoldChar(text[i]);
            if (folded != Drop)
            {
                builder.Append(folded);
                map.Add(i);
            }
        }

        map.Add(end);
        return new NormalizedText(builder.ToString(), [.. map]);
    }

    public static NormalizedText Normalize(string text) => Normalize(text, 0, text.Length);

    /// <summary>
    /// Strips the proclitics و ف (conjunctions), then ب ك ل (prepositions), then the article ال, or the contracted
    /// لل (ل + ال), from a folded token, as long as <see cref="MinimumStemLength"/> letters remain:
    /// للتحقيقات → تحقيقات, والمغرب → مغرب, بالرباط → رباط, but بلد stays بلد. Latin tokens are returned unchanged.
    /// The result is always a suffix of the token.
    /// </summary>
    public static string StripProclitics(string foldedToken) => foldedToken[ProcliticLength(foldedToken)..];

    /// <summary>How many leading code units <see cref="StripProclitics"/> removes from a folded token.</summary>
    public static int ProcliticLength(ReadOnlySpan<char> foldedToken)
    {
        var s = 0;
        var length = foldedToken.Length;
        if (length - s - 1 >= MinimumStemLength && foldedToken[s] is '\u0648' or '\u0641')
        {
            s++;
        }

        if (length - s - 2 >= MinimumStemLength && foldedToken[s] == '\u0644' && foldedToken[s + 1] == '\u0644')
        {
            return s + 2;
        }

        if (length - s - 1 >= MinimumStemLength && foldedToken[s] is '\u0628' or '\u0643' or '\u0644')
        {
            s++;
        }

        if (length - s - 2 >= MinimumStemLength && foldedToken[s] == '\u0627' && foldedToken[s + 1] == '\u0644')
        {
            s += 2;
        }

        return s;
    }

    /// <summary>The matching key of one word: folded, then stripped of proclitics.</summary>
    public static string Key(string word) => StripProclitics(Fold(word));

    /// <summary>
    /// The keys a folded text token may stand for. Besides the greedy <see cref="StripProclitics"/>, a token whose
    /// first letters are themselves proclitic letters is also tried without them, because a name may start with
    /// such a letter (وزارة): بوزارة must still reach the key of وزارة.
    /// </summary>
    public static IReadOnlyList<string> CandidateKeys(string foldedToken)
    {
        Span<int> offsets = stackalloc int[MaxCandidates];
        var count = CandidateOffsets(foldedToken, offsets);
        var keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = foldedToken[offsets[i]..];
        }

        return keys;
    }

    /// <summary>The most keys <see cref="CandidateOffsets"/> yields for one token.</summary>
    public const int MaxCandidates = 4;

    /// <summary>
    /// Allocation-free <see cref="CandidateKeys"/>: writes the start offset of each candidate key (a suffix of the
    /// token) into <paramref name="offsets"/>, greedy stripping first, and returns how many there are.
    /// </summary>
    public static int CandidateOffsets(ReadOnlySpan<char> foldedToken, Span<int> offsets)
    {
        var count = 0;
        offsets[count++] = ProcliticLength(foldedToken);
        for (var k = 1; k <= 3 && foldedToken.Length - k >= MinimumStemLength; k++)
        {
            if (!IsProcliticLetter(foldedToken[k - 1]))
            {
                break;
            }

            var offset = k + ProcliticLength(foldedToken[k..]);
            if (!offsets[..count].Contains(offset))
            {
                offsets[count++] = offset;
            }
        }

        return count;
    }

    /// <summary>Splits folded text into tokens: maximal runs of letters and digits.</summary>
    public static IReadOnlyList<FoldedToken> Tokenize(string folded)
    {
        var tokens = new List<FoldedToken>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            tokens.Add(new FoldedToken(start, i, folded[start..i]));
        }

        return tokens;
    }

    /// <summary>The keys of every word of a name or query, in order.</summary>
    public static IReadOnlyList<string> Keys(string text) =>
        [.. Tokenize(Fold(text)).Select(t => StripProclitics(t.Text))];

    private static bool IsProcliticLetter(char c) => c is '\u0648' or '\u0641' or '\u0628' or '\u0643' or '\u0644' or '\u0627';

    private static char LatinBase(char c) => c switch
    {
        'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' or 'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'Ā' or 'ā' => 'a',
        'Ç' or 'ç' or 'Č' or 'č' => 'c',
        'È' or 'É' or 'Ê' or 'Ë' or 'è' or 'é' or 'ê' or 'ë' or 'Ē' or 'ē' => 'e',
        'Ì' or 'Í' or 'Î' or 'Ï' or 'ì' or 'í' or 'î' or 'ï' or 'Ī' or 'ī' => 'i',
        'Ñ' or 'ñ' => 'n',
        'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'Ō' or 'ō' => 'o',
        'Ù' or 'Ú' or 'Û' or 'Ü' or 'ù' or 'ú' or 'û' or 'ü' or 'Ū' or 'ū' => 'u',
        'Ý' or 'ý' or 'ÿ' => 'y',
        'Š' or 'š' => 's',
        'Ž' or 'ž' => 'z',
        _ => char.ToLowerInvariant(c),
    };
}
