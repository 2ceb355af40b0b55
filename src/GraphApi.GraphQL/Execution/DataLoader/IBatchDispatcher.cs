namespace GraphApi.GraphQL.Execution.DataLoader;

/// <summary>What the executor's scheduler needs from a loader: whether keys wait, and a way to send them as one batch.</summary>
public interface IBatchDispatcher
{
    /// <summary>Whether loads have been queued since the last dispatch.</summary>
    bool HasPendingLoads { get; }

    /// <summary>Sends every queued key to the batch function and completes the waiting loads.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
