using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Import;

/// <summary>
/// Turns a corpus folder (or bare article files plus a knowledge folder) into a <see cref="KnowledgeGraph"/>.
/// Everything is read and validated first (files decoded, YAML checked, references resolved, quotes anchored);
/// any error yields an <see cref="ImportOutcome"/> listing all of them and no graph, so a store is never written
/// from a bad corpus.
/// </summary>
public sealed partial class ImportPipeline(ImportOptions? options = null)
{
    private readonly ImportOptions options = options ?? new ImportOptions();

    /// <summary>
    /// Imports a corpus folder and, only if the whole corpus is valid, swaps the new graph into <paramref name="store"/>.
    /// On failure the store keeps its previous graph. This is the entry point for hosts (the server at start-up).
    /// </summary>
    public async Task<ImportOutcome> ImportCorpusIntoAsync(IKnowledgeStore store, string corpusDirectory, CancellationToken cancellationToken = default)
    {
        var outcome = await ImportCorpusAsync(corpusDirectory, cancellationToken).ConfigureAwait(false);
        if (outcome.Graph is { } graph)
        {
            await store.ReplaceGraphAsync(graph, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>Imports a folder laid out like <c>seeds/</c>: <c>sources/*.txt</c> and <c>knowledge/</c>.</summary>
    public async Task<ImportOutcome> ImportCorpusAsync(string corpusDirectory, CancellationToken cancellationToken = default)
    {
        var sources = Path.Combine(corpusDirectory, "sources");
        if (!Directory.Exists(sources))
        {
            return ImportOutcome.Failure([new ImportError(corpusDirectory, null, "is not a corpus folder: it has no sources/ folder")]);
        }

        var articles = Directory.GetFiles(sources, "*.txt").Order(StringComparer.Ordinal).ToList();
        return await ImportAsync(articles, Path.Combine(corpusDirectory, "knowledge"), strictCoverage: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Imports article files that live outside a corpus, linked with the entities of <paramref name="knowledgeDirectory"/>.
    /// Curated metadata and claims for these files are used when present; those for other files are ignored.
    /// </summary>
    public async Task<ImportOutcome> ImportArticlesAsync(IReadOnlyList<string> articlePaths, string knowledgeDirectory, CancellationToken cancellationToken = default)
    {
        var errors = new List<ImportError>();
        foreach (var path in articlePaths.Where(p => !File.Exists(p)))
        {
            errors.Add(new ImportError(path, null, "no such article file"));
        }

        foreach (var duplicate in articlePaths.GroupBy(Path.GetFileName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new ImportError(duplicate.First(), null, $"two articles share the file name '{duplicate.Key}'"));
        }

        return errors.Count > 0
            ? ImportOutcome.Failure(errors)
            : await ImportAsync(articlePaths, knowledgeDirectory, strictCoverage: false, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ImportOutcome> ImportAsync(IReadOnlyList<string> articlePaths, string knowledgeDirectory, bool strictCoverage, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var warnings = new List<string>();
        var reader = new CorpusReader(errors);

        options.Progress?.Report($"reading {articlePaths.Count} articles");
        // Read, decode and hash in parallel; results and errors keep the order of the paths.
        var read = new (ArticleFile? Article, List<ImportError> Errors)[articlePaths.Count];
        await Parallel.ForAsync(0, articlePaths.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, async (i, token) =>
        {
            var fileErrors = new List<ImportError>();
            read[i] = (await new CorpusReader(fileErrors).ReadArticleAsync(articlePaths[i], token).ConfigureAwait(false), fileErrors);
        }).ConfigureAwait(false);
        errors.AddRange(read.SelectMany(r => r.Errors));
        var articles = read.Select(r => r.Article).OfType<ArticleFile>().ToList();

        options.Progress?.Report("reading curated knowledge");
        var knowledge = await ReadKnowledgeAsync(reader, knowledgeDirectory, warnings, cancellationToken).ConfigureAwait(false);

        options.Progress?.Report("validating");
        var articlesByFile = articles.ToDictionary(a => a.FileName, StringComparer.Ordinal);
        var validated = Validate(knowledge, articlesByFile, reader.References, strictCoverage, errors);
        if (errors.Count > 0)
        {
            return ImportOutcome.Failure(errors);
        }

        var graph = Build(articles, validated, warnings, cancellationToken);
        options.Progress?.Report("linting claims and entities");
        var lint = Lint(graph, validated, knowledge.EntitiesPath);
        graph = graph with
        {
            Warnings = [.. graph.Warnings.Concat(lint.Unacknowledged.Select(e => "lint: " + e)).Concat(lint.Stale.Select(s => "lint: " + s)).Order(StringComparer.Ordinal)],
        };
        options.Progress?.Report("done");
        return ImportOutcome.Success(graph, lint);
    }

    private static async Task<CuratedKnowledge> ReadKnowledgeAsync(CorpusReader reader, string knowledgeDirectory, List<string> warnings, CancellationToken cancellationToken)
    {
        var entitiesPath = Path.Combine(knowledgeDirectory, "entities.yaml");
        var sourcesPath = Path.Combine(knowledgeDirectory, "sources.yaml");
        var claimsDirectory = Path.Combine(knowledgeDirectory, "claims");

        var entities = new List<CuratedEntity>();
        if (File.Exists(entitiesPath))
        {
            entities = await reader.ReadEntitiesAsync(entitiesPath, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            warnings.Add($"{entitiesPath} not found: no entity will be linked");
        }

        var metadata = File.Exists(sourcesPath) ? await reader.ReadSourcesAsync(sourcesPath, cancellationToken).ConfigureAwait(false) : [];

        var claimFiles = new List<(string Path, string? SourceFile, List<CuratedClaim> Claims)>();
        if (Directory.Exists(claimsDirectory))
        {
            foreach (var path in Directory.GetFiles(claimsDirectory, "*.yaml").Order(StringComparer.Ordinal))
            {
                var (sourceFile, claims) = await reader.ReadClaimsAsync(path, cancellationToken).ConfigureAwait(false);
                claimFiles.Add((path, sourceFile, claims));
            }
        }

        return new CuratedKnowledge(entitiesPath, sourcesPath, entities, metadata, claimFiles);
    }
}
