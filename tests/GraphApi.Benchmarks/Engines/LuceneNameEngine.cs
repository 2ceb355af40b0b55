using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GraphApi.Benchmarks.Engines;

/// <summary>
/// The contender for entity search: our matching rule (every query word meets the name: a term, the beginning of the
/// name's last word for the last query word, a fuzzy term only between one-word query and name; at least half the
/// name) expressed as Lucene queries over names analysed by <see cref="LuceneText.NewAnalyzer"/>, ranked by Lucene.
/// What differs from ours is the analysis: ArabicAnalyzer's normalisation and light stemmer, and no Latin
/// transliteration key or accent folding.
/// </summary>
internal sealed class LuceneNameEngine : IDisposable
{
    private readonly Analyzer analyzer = LuceneText.NewAnalyzer();
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public LuceneNameEngine(IEnumerable<Entity> entities)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneText.Version, analyzer)))
        {
            foreach (var entity in entities)
            {
                foreach (var name in entity.AllNames())
                {
                    var terms = LuceneText.Terms(analyzer, "words", name);
                    if (terms.Count == 0)
                    {
                        continue;
                    }

                    var document = new Document
                    {
                        new StringField("entity", entity.Id, Field.Store.YES),
                        new StoredField("count", terms.Count),
                        new TextField("words", name, Field.Store.NO),
                        new StringField("last", terms[^1], Field.Store.NO),
                    };
                    if (terms.Count == 1)
                    {
                        document.Add(new StringField("single", terms[0], Field.Store.NO));
                    }

                    writer.AddDocument(document);
                }
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    /// <summary>Entity ids, best first.</summary>
    public IReadOnlyList<string> Search(string text, int first)
    {
        var terms = LuceneText.Terms(analyzer, "words", text).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        for (var i = 0; i < terms.Count; i++)
        {
            var word = new BooleanQuery { { new TermQuery(new Term("words", terms[i])), Occur.SHOULD } };
            if (i == terms.Count - 1 && terms[i].Length >= 3)
            {
                word.Add(new PrefixQuery(new Term("last", terms[i])), Occur.SHOULD);
            }

            var bound = Math.Min(2, EditDistance.Bound(terms[i]));
            if (terms.Count == 1 && bound > 0)
            {
                word.Add(new FuzzyQuery(new Term("single", terms[i]), bound), Occur.SHOULD);
            }

            query.Add(word, Occur.MUST);
        }

        var found = new List<string>();
        foreach (var hit in searcher.Search(query, 200).ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc);
            var id = document.Get("entity");
            if (2 * terms.Count >= document.GetField("count").GetInt32Value() && !found.Contains(id))
            {
                found.Add(id);
            }
        }

        return [.. found.Take(first)];
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
