namespace GraphApi.Bolt;

/// <summary>
/// The peer broke the Bolt protocol: it is not a Bolt server (for example it answered with HTTP), offered no
/// common version, or sent a message that does not fit the conversation. Not transient: retrying against the
/// same peer gives the same answer.
/// </summary>
public sealed class ProtocolViolationException : Neo4jException
{
    public ProtocolViolationException()
    {
    }

    public ProtocolViolationException(string message)
        : base(message)
    {
    }

    public ProtocolViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override bool IsTransient => false;
}
