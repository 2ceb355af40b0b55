namespace GraphApi.Bolt;

/// <summary>
/// The cluster member serving the work can no longer do so (it went away, or stopped being the leader). Always
/// transient: a retry is routed to another member.
/// </summary>
public sealed class SessionExpiredException : Neo4jException
{
    public SessionExpiredException()
    {
    }

    public SessionExpiredException(string message)
        : base(message)
    {
    }

    public SessionExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override bool IsTransient => true;
}
