namespace GraphApi.Bolt;

/// <summary>
/// The server sent nothing for longer than the read timeout (its <c>connection.recv_timeout_seconds</c> hint, or
/// <see cref="DriverOptions.ConnectionReadTimeout"/>): it may be frozen or cut off. The connection is closed; the
/// error is transient.
/// </summary>
public sealed class ConnectionReadTimeoutException : ServiceUnavailableException
{
    public ConnectionReadTimeoutException()
    {
    }

    public ConnectionReadTimeoutException(string message)
        : base(message)
    {
    }

    public ConnectionReadTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
