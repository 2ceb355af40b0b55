namespace GraphApi.Bolt;

/// <summary>Records were asked of a result that was already consumed (its summary taken) or whose transaction ended.</summary>
public sealed class ResultConsumedException : InvalidOperationException
{
    public ResultConsumedException()
    {
    }

    public ResultConsumedException(string message)
        : base(message)
    {
    }

    public ResultConsumedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
