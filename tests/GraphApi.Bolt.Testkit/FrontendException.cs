namespace GraphApi.Bolt.Testkit;

/// <summary>An error raised by TestKit's own code inside a managed transaction (RetryableNegative without an error id).</summary>
internal sealed class FrontendException : Exception
{
    public FrontendException()
    {
    }

    public FrontendException(string message)
        : base(message)
    {
    }

    public FrontendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
