namespace GraphApi.PackStream;

/// <summary>Raised when bytes do not form valid PackStream, or a value cannot be represented in it.</summary>
public sealed class PackStreamException : Exception
{
    public PackStreamException()
    {
    }

    public PackStreamException(string message)
        : base(message)
    {
    }

    public PackStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
