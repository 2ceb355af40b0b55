namespace GraphApi.Bolt;

/// <summary>
/// TLS could not be set up for a bolt+s / neo4j+s URI, typically because the server's certificate is not
/// trusted. Not transient: retrying meets the same certificate. Use bolt+ssc for self-signed certificates.
/// </summary>
public sealed class EncryptionException : Neo4jException
{
    public EncryptionException()
    {
    }

    public EncryptionException(string message)
        : base(message)
    {
    }

    public EncryptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override bool IsTransient => false;
}
