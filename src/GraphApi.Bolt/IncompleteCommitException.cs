namespace GraphApi.Bolt;

/// <summary>
/// The connection was lost after COMMIT was sent and before the server confirmed it: the transaction may or may not
/// have been committed. Not transient: running the work again could apply it twice, so a managed transaction does not
/// retry it, and the caller has to find out what happened.
/// </summary>
public sealed class IncompleteCommitException : Neo4jException
{
    public IncompleteCommitException()
    {
    }

    public IncompleteCommitException(string message)
        : base(message)
    {
    }

    public IncompleteCommitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
