namespace GraphApi.Bolt;

/// <summary>The negotiated Bolt version lacks something the work asked for, for example session auth before 5.1.</summary>
public sealed class UnsupportedFeatureException : Neo4jException
{
    public UnsupportedFeatureException()
    {
    }

    public UnsupportedFeatureException(string message)
        : base(message)
    {
    }

    public UnsupportedFeatureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
