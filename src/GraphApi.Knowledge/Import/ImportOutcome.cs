using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>
/// The result of an import: a complete <see cref="KnowledgeGraph"/>, or the full list of errors and no graph.
/// Nothing is ever half-imported.
/// </summary>
public sealed class ImportOutcome
{
    private ImportOutcome(KnowledgeGraph? graph, IReadOnlyList<ImportError> errors)
    {
        Graph = graph;
        Errors = errors;
    }

    public KnowledgeGraph? Graph { get; }

    public IReadOnlyList<ImportError> Errors { get; }

    public bool Succeeded => Graph is not null;

    public static ImportOutcome Success(KnowledgeGraph graph) => new(graph, []);

    public static ImportOutcome Failure(IReadOnlyList<ImportError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(null, errors);

    /// <summary>The graph, or an <see cref="ImportFailedException"/> listing every error.</summary>
    public KnowledgeGraph GraphOrThrow() => Graph ?? throw new ImportFailedException(Errors);
}
