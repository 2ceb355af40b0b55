using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace GraphApi.Benchmarks.Engines;

/// <summary>
/// The contender for passages: every sentence our <c>PassageIndex</c> holds (same bodies, same cuts) as a Lucene
/// document, analysed by <see cref="LuceneText.NewAnalyzer"/>, searched with the classic query parser (every word
/// required, phrases in double quotes) and ranked by BM25. Lucene 4.8 scores every match (no early termination).
/// </summary>
internal sealed class LucenePassageEngine : IDisposable
{
    private readonly Analyzer analyzer = LuceneText.NewAnalyzer();
    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly NumericDocValues entryOfDoc;
    private readonly List<(string SourceId, int Start, int End)> entries = [];

    public LucenePassageEngine(IEnumerable<Source> sources, string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(LuceneText.Version, analyzer) { OpenMode = OpenMode.CREATE, Similarity = new BM25Similarity(), RAMBufferSizeMB = 256 };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var source in sources.OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                foreach (var sentence in source.Body.SelectMany(b => SentenceLocator.Sentences(source.Text, b)))
                {
                    writer.AddDocument(
                    [
                        new TextField("text", source.Text[sentence.Start..sentence.End], Field.Store.NO),
                        new NumericDocValuesField("entry", entries.Count),
                    ]);
                    entries.Add((source.Id, sentence.Start, sentence.End));
                }
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        entryOfDoc = MultiDocValues.GetNumericValues(reader, "entry");
    }

    public int Count => entries.Count;

    /// <summary>The best <paramref name="first"/> sentences holding every word; typographic quotes become plain ones for the parser.</summary>
    public IReadOnlyList<(string SourceId, int Start, int End)> Search(string text, int first)
    {
        var parser = new QueryParser(LuceneText.Version, "text", analyzer) { DefaultOperator = Operator.AND };
        Query query;
        try
        {
            query = parser.Parse(text.Replace('“', '"').Replace('”', '"').Replace('«', '"').Replace('»', '"'));
        }
        catch (ParseException)
        {
            return [];
        }

        return [.. searcher.Search(query, first).ScoreDocs.Select(d => entries[(int)entryOfDoc.Get(d.Doc)])];
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
