namespace GraphApi.Bolt;

/// <summary>Every pooled connection stayed in use for longer than the acquisition timeout.</summary>
public sealed class ConnectionAcquisitionTimeoutException : Neo4jException
{
    public ConnectionAcquisitionTimeoutException()
    {
    }

    public ConnectionAcquisitionTimeoutException(string message)
        : base(message)
    {
    }

    public ConnectionAcquisitionTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override bool IsTransient => false;
}
