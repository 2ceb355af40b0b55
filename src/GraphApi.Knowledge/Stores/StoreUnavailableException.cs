namespace GraphApi.Knowledge.Stores;

/// <summary>
/// The store cannot answer now: its database cannot be reached, refused the credentials, or stayed overloaded for
/// longer than the retry budget. Trying again later may succeed; nothing was half-written.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
        : this("The knowledge store is unavailable.")
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
