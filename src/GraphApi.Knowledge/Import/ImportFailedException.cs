namespace GraphApi.Knowledge.Import;

/// <summary>Thrown by <see cref="ImportOutcome.GraphOrThrow"/> for callers (the server at start-up) that cannot go on without a graph.</summary>
public sealed class ImportFailedException : Exception
{
    public ImportFailedException(IReadOnlyList<ImportError> errors)
        : base("The corpus did not import:" + Environment.NewLine + string.Join(Environment.NewLine, errors)) => Errors = errors;

    public ImportFailedException()
        : this([])
    {
    }

    public ImportFailedException(string message)
        : base(message) => Errors = [];

    public ImportFailedException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<ImportError> Errors { get; }
}
