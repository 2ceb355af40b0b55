using GraphApi.Knowledge.Import;

namespace GraphApi.Importer;

/// <summary>What the positional arguments name: one corpus folder, or article files linked with a knowledge folder.</summary>
public sealed record ImportInputs(string? CorpusDirectory, IReadOnlyList<string> ArticleFiles, string? KnowledgeDirectory)
{
    /// <summary>Resolves the arguments, or returns the failure explaining what is wrong with them.</summary>
    public static (ImportInputs? Inputs, ImportInputsFailure? Error) Resolve(IReadOnlyList<string> inputs, string? knowledge)
    {
        if (inputs.Count == 0)
        {
            return (null, new(ImportInputsFailureKind.Usage, "name a corpus folder (such as seeds) or one or more article files"));
        }

        var missing = inputs.Where(i => !Directory.Exists(i) && !File.Exists(i)).ToList();
        if (missing.Count > 0)
        {
            return (null, new(ImportInputsFailureKind.NotFound, string.Join(Environment.NewLine, missing.Select(m => $"{m}: no such file or folder"))));
        }

        var folders = inputs.Where(Directory.Exists).ToList();
        if (folders.Count > 0)
        {
            return inputs.Count == 1
                ? (new ImportInputs(folders[0], [], null), null)
                : (null, new(ImportInputsFailureKind.Usage, "give either one corpus folder or article files, not both (or several folders)"));
        }

        var knowledgeDirectory = knowledge
            ?? (CorpusLocator.Locate() is { } corpus ? Path.Combine(corpus, "knowledge") : Path.Combine("seeds", "knowledge"));
        if (!Directory.Exists(knowledgeDirectory))
        {
            return (null, new(ImportInputsFailureKind.Usage, $"{knowledgeDirectory}: knowledge folder not found (use --knowledge DIR)"));
        }

        return (new ImportInputs(null, inputs, knowledgeDirectory), null);
    }
}
