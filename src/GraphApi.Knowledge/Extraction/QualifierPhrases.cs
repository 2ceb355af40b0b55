using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// The words that qualify a number, before it (أكثر من 200، حوالي 500) or after it (شهر أو أكثر، 24 ساعة أو أقل).
/// "Nearly" (ما يقارب، قرابة، nearly) reads as <see cref="QuantityQualifier.About"/>: the model has no "just under".
/// </summary>
internal static class QualifierPhrases
{
    public static readonly IReadOnlyList<(string[] Words, QuantityQualifier Qualifier)> Before = Phrases(
    [
        ("أكثر من", QuantityQualifier.MoreThan), ("أزيد من", QuantityQualifier.MoreThan), ("ما يزيد عن", QuantityQualifier.MoreThan),
        ("ما يزيد على", QuantityQualifier.MoreThan), ("ما يفوق", QuantityQualifier.MoreThan), ("يفوق", QuantityQualifier.MoreThan),
        ("يزيد عن", QuantityQualifier.MoreThan), ("يزيد على", QuantityQualifier.MoreThan),
        ("ما لا يقل عن", QuantityQualifier.AtLeast), ("لا يقل عن", QuantityQualifier.AtLeast),
        ("ما لا يزيد عن", QuantityQualifier.AtMost), ("ما لا يزيد على", QuantityQualifier.AtMost), ("لا يتجاوز", QuantityQualifier.AtMost),
        ("أقل من", QuantityQualifier.LessThan),
        ("نحو", QuantityQualifier.About), ("حوالي", QuantityQualifier.About), ("حوالى", QuantityQualifier.About), ("زهاء", QuantityQualifier.About),
        ("قرابة", QuantityQualifier.About), ("ما يقارب", QuantityQualifier.About), ("يقارب", QuantityQualifier.About),
        ("ما يناهز", QuantityQualifier.About), ("يناهز", QuantityQualifier.About), ("تقريبا", QuantityQualifier.About),
        ("more than", QuantityQualifier.MoreThan), ("over", QuantityQualifier.MoreThan), ("at least", QuantityQualifier.AtLeast),
        ("up to", QuantityQualifier.AtMost), ("at most", QuantityQualifier.AtMost), ("no more than", QuantityQualifier.AtMost),
        ("fewer than", QuantityQualifier.LessThan), ("less than", QuantityQualifier.LessThan),
        ("about", QuantityQualifier.About), ("around", QuantityQualifier.About), ("approximately", QuantityQualifier.About),
        ("nearly", QuantityQualifier.About), ("almost", QuantityQualifier.About), ("some", QuantityQualifier.About),
    ]);

    public static readonly IReadOnlyList<(string[] Words, QuantityQualifier Qualifier)> After = Phrases(
    [
        ("أو أكثر", QuantityQualifier.AtLeast), ("أو يزيد", QuantityQualifier.AtLeast), ("على الأقل", QuantityQualifier.AtLeast),
        ("أو أقل", QuantityQualifier.AtMost), ("على الأكثر", QuantityQualifier.AtMost), ("تقريبا", QuantityQualifier.About),
        ("or more", QuantityQualifier.AtLeast), ("at least", QuantityQualifier.AtLeast), ("or less", QuantityQualifier.AtMost),
        ("or fewer", QuantityQualifier.AtMost), ("at most", QuantityQualifier.AtMost), ("approximately", QuantityQualifier.About),
    ]);

    /// <summary>The first words of every phrase, before and after: a word that is none of them starts no qualifier.</summary>
    public static readonly FoldedWords FirstWords = new(Before.Concat(After).Select(p => p.Words[0]));

    /// <summary>The longest phrase of <paramref name="phrases"/> whose words start at word <paramref name="index"/> (the first may carry و or ب), within [.., end).</summary>
    public static (int Length, QuantityQualifier Qualifier)? Match(ArticleText text, int index, int end, IReadOnlyList<(string[] Words, QuantityQualifier Qualifier)> phrases)
    {
        if (index >= end || !text.Is(index, FirstWords))
        {
            return null;
        }

        (int, QuantityQualifier)? best = null;
        foreach (var (words, qualifier) in phrases)
        {
            if (index + words.Length > end || (best is { } b && b.Item1 >= words.Length))
            {
                continue;
            }

            var matched = true;
            for (var k = 0; k < words.Length && matched; k++)
            {
                matched = k == 0 ? text.Matches(index, words[k], prefix: false) : text.Folded(index + k).SequenceEqual(words[k]);
            }

            if (matched)
            {
                best = (words.Length, qualifier);
            }
        }

        return best;
    }

    private static List<(string[], QuantityQualifier)> Phrases(IEnumerable<(string Phrase, QuantityQualifier Qualifier)> phrases) =>
        [.. phrases.Select(p => (p.Phrase.Split(' ').Select(ArabicNormalizer.Fold).ToArray(), p.Qualifier))];
}
