namespace GraphApi.Bolt;

/// <summary>
/// A value in a record could not be turned into a .NET value (for example a date-time in a time zone this machine does
/// not know). Reading that record fails; the stream, the connection and the following records are unaffected.
/// </summary>
public sealed class ValueHydrationException : Neo4jException
{
    public ValueHydrationException()
    {
    }

    public ValueHydrationException(string message)
        : base(message)
    {
    }

    public ValueHydrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
