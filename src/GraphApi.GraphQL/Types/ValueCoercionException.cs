namespace GraphApi.GraphQL.Types;

/// <summary>
/// Thrown by a scalar or enum when a value cannot be coerced (GraphQL spec §3.5 "Scalars", result and input coercion).
/// The executor turns it into a field or variable error carrying this message.
/// </summary>
public sealed class ValueCoercionException : Exception
{
    public ValueCoercionException()
    {
    }

    public ValueCoercionException(string message)
        : base(message)
    {
    }

    public ValueCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
