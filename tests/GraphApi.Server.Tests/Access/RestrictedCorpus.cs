using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// A copy of the seeds (never <c>seeds/</c> itself) in which one article, <see cref="InternalFile"/>, is
/// <c>visibility: internal</c>: it conflicts with public articles, backs a hop of the Fischer-to-UNOCT path alone, and
/// is the only source of some entities. <see cref="Secrets"/> lists what anonymous callers must never see, worked out
/// here from the unrestricted graph, independently of the product's visibility code.
/// </summary>
public sealed class RestrictedCorpus : IDisposable
{
    public const string InternalFile = "004_fcad1568809268b8.txt";
    public const string InternalSourceId = "source/004_fcad1568809268b8";

    private readonly TestCorpus copy = new();

    public RestrictedCorpus(string? extraMetadata = null)
    {
        var sourcesYaml = Path.Combine(copy.Directory, "knowledge", "sources.yaml");
        var lines = File.ReadAllLines(sourcesYaml).ToList();
        var at = lines.FindIndex(l => l.Trim() == "- file: " + InternalFile);
        if (at < 0)
        {
            throw new InvalidOperationException($"{InternalFile} has no entry in the seeds' sources.yaml");
        }

        lines.Insert(at + 1, "    visibility: internal");
        if (extraMetadata is not null)
        {
            lines.Insert(at + 2, extraMetadata);
        }

        File.WriteAllLines(sourcesYaml, lines);
    }

    public string Directory => copy.Directory;

    public void Dispose() => copy.Dispose();

    /// <summary>The unrestricted graph of the seeds, imported here.</summary>
    public static async Task<KnowledgeGraph> UnrestrictedGraphAsync()
    {
        var outcome = await new ImportPipeline().ImportCorpusAsync(TestCorpus.RepositorySeeds);
        return outcome.Graph ?? throw new InvalidOperationException("the seeds do not import: " + string.Join("; ", outcome.Errors));
    }
}
