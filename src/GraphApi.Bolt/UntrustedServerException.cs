namespace GraphApi.Bolt;

/// <summary>The peer speaks Bolt but does not present itself as Neo4j (its agent string does not start with "Neo4j/").</summary>
public sealed class UntrustedServerException : Neo4jException
{
    public UntrustedServerException()
    {
    }

    public UntrustedServerException(string message)
        : base(message)
    {
    }

    public UntrustedServerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
