using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Lint;

/// <summary>One evidence quote in its source, with the units around it that the rules read.</summary>
public sealed class EvidenceText
{
    private IReadOnlyList<LintToken>? sentenceTokens;
    private IReadOnlyList<LintToken>? paragraphPrefixTokens;

    public EvidenceText(Evidence evidence, string sourceText)
    {
        Evidence = evidence;
        SourceText = sourceText;
        Quote = new TextSpan(evidence.Start, evidence.End);
        Sentence = SentenceLocator.SpanAround(sourceText, evidence.Start, evidence.End);
        var paragraph = LintText.ParagraphAround(sourceText, evidence.Start);
        ParagraphBefore = new TextSpan(paragraph.Start, Math.Max(paragraph.Start, Math.Min(Sentence.Start, evidence.Start)));
    }

    public Evidence Evidence { get; }

    public string SourceText { get; }

    public TextSpan Quote { get; }

    /// <summary>The sentence holding the quote (it may hold more than the quote).</summary>
    public TextSpan Sentence { get; }

    /// <summary>The part of the quote's paragraph before its sentence: where an attribution made earlier carries over from.</summary>
    public TextSpan ParagraphBefore { get; }

    public IReadOnlyList<LintToken> SentenceTokens => sentenceTokens ??= LintText.Tokenize(SourceText, Sentence);

    public IReadOnlyList<LintToken> ParagraphBeforeTokens => paragraphPrefixTokens ??= LintText.Tokenize(SourceText, ParagraphBefore);

    /// <summary>The sentence's words inside the quote.</summary>
    public IEnumerable<LintToken> QuoteTokens => SentenceTokens.Where(t => t.Start >= Quote.Start && t.End <= Quote.End);

    /// <summary>The sentence's words that end before the quote starts.</summary>
    public IReadOnlyList<LintToken> TokensBefore => [.. SentenceTokens.Where(t => t.End <= Quote.Start)];

    /// <summary>
    /// The quote's words and those of its clause before it: back to the sentence start, the nearest word that opens a
    /// clause (<see cref="LintText.OpensClause"/>) or a relative pronoun (التي، الذي…), which starts a clause of its own
    /// («…ستساعد … بالتجربة المغربية التي مكنت المملكة…»: the relative clause is not in the future).
    /// </summary>
    public IReadOnlyList<LintToken> QuoteWithClauseBefore
    {
        get
        {
            var tokens = SentenceTokens;
            var first = 0;
            while (first < tokens.Count && tokens[first].End <= Quote.Start)
            {
                first++;
            }

            var start = first;
            while (start > 0 && start < tokens.Count && !LintText.OpensClause(tokens[start]) && !LintText.IsRelativePronoun(tokens[start]))
            {
                start--;
            }

            return [.. tokens.Skip(start).TakeWhile(t => t.End <= Quote.End)];
        }
    }
}
