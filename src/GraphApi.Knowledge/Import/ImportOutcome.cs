using GraphApi.Knowledge.Lint;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>
/// The result of an import: a complete <see cref="KnowledgeGraph"/>, or the full list of errors and no graph.
/// Nothing is ever half-imported.
/// </summary>
public sealed class ImportOutcome
{
    private ImportOutcome(KnowledgeGraph? graph, IReadOnlyList<ImportError> errors, LintReport lint)
    {
        Graph = graph;
        Errors = errors;
        Lint = lint;
    }

    public KnowledgeGraph? Graph { get; }

    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>The lint of the imported claims and entities (empty after a failure): warnings, acknowledged or not.</summary>
    public LintReport Lint { get; }

    public bool Succeeded => Graph is not null;

    public static ImportOutcome Success(KnowledgeGraph graph, LintReport? lint = null) => new(graph, [], lint ?? LintReport.Empty);

    public static ImportOutcome Failure(IReadOnlyList<ImportError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(null, errors, LintReport.Empty);

    /// <summary>The graph, or an <see cref="ImportFailedException"/> listing every error.</summary>
    public KnowledgeGraph GraphOrThrow() => Graph ?? throw new ImportFailedException(Errors);
}
