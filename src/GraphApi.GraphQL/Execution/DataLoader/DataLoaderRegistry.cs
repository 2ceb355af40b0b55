using System.Collections.Concurrent;

namespace GraphApi.GraphQL.Execution.DataLoader;

/// <summary>
/// The data loaders of one request, by name. The executor asks it for pending loads whenever it runs out of
/// ready fields, which is what makes loads issued at one depth of the tree share a batch.
/// </summary>
public sealed class DataLoaderRegistry
{
    // Created by the first loader asked for: most operations use none.
    private ConcurrentDictionary<string, IBatchDispatcher>? _loaders;

    /// <summary>
    /// Opened before each dispatch of queued loads and closed once every batch function has been started (not
    /// finished). A batch function may hold its I/O in the window and send it together with its siblings' when the
    /// window closes, so the loads of one level of the tree can share one round trip to a remote service. Null: none.
    /// </summary>
    public Func<IDisposable>? DispatchWindow { get; set; }

    /// <summary>Raised when a loader goes from no queued keys to some.</summary>
    internal Action? LoadQueued { get; set; }

    /// <summary>Returns the loader registered under <paramref name="name"/>, creating it with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull =>
        GetOrAdd(name, () => new DataLoader<TKey, TValue>(batch));

    /// <summary>Returns the loader registered under <paramref name="name"/>, creating it with <paramref name="create"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<DataLoader<TKey, TValue>> create)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(create);
        var loaders = _loaders
            ?? Interlocked.CompareExchange(ref _loaders, new ConcurrentDictionary<string, IBatchDispatcher>(StringComparer.Ordinal), null)
            ?? _loaders;
        var loader = loaders.GetOrAdd(name, _ =>
        {
            var created = create();
            created.LoadQueued = () => LoadQueued?.Invoke();
            return created;
        });
        return loader as DataLoader<TKey, TValue>
            ?? throw new InvalidOperationException($"The data loader \"{name}\" was registered with other key or value types than <{typeof(TKey).Name}, {typeof(TValue).Name}>.");
    }

    internal bool HasPendingLoads
    {
        get
        {
            var loaders = Volatile.Read(ref _loaders);
            if (loaders is null)
            {
                return false;
            }

            foreach (var loader in loaders.Values)
            {
                if (loader.HasPendingLoads)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Starts a dispatch of every loader with queued keys.</summary>
    internal List<Task> DispatchAll(CancellationToken cancellationToken)
    {
        var tasks = new List<Task>();
        var loaders = Volatile.Read(ref _loaders);
        if (loaders is null)
        {
            return tasks;
        }

        using var window = DispatchWindow?.Invoke();
        foreach (var loader in loaders.Values)
        {
            if (loader.HasPendingLoads)
            {
                tasks.Add(loader.DispatchAsync(cancellationToken));
            }
        }

        return tasks;
    }
}
