namespace GraphApi.Bolt;

/// <summary>
/// The connection to the server could not be made or was lost (I/O error, closed socket, no answer within the read
/// timeout), or no cluster member could serve the work. Always transient: a new connection may succeed.
/// </summary>
public class ServiceUnavailableException : Neo4jException
{
    public ServiceUnavailableException()
    {
    }

    public ServiceUnavailableException(string message)
        : base(message)
    {
    }

    public ServiceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override bool IsTransient => true;
}
