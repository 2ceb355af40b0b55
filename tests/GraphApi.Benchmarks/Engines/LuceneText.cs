using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GraphApi.Benchmarks.Engines;

/// <summary>Lucene.Net 4.8's Arabic analysis as the contender uses it: <see cref="ArabicAnalyzer"/> (normalisation, stop words, light stemming).</summary>
internal static class LuceneText
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer NewAnalyzer() => new ArabicAnalyzer(Version);

    /// <summary>The terms the analyzer makes of <paramref name="text"/>, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
