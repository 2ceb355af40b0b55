namespace GraphApi.GraphQL.Execution.DataLoader;

/// <summary>
/// Batches and caches loads by key for one request (the DataLoader pattern). Loads queue until the executor finds
/// no other ready work and calls <see cref="DispatchAsync"/>, so a list of N items resolved at one depth costs one
/// batch call, not N. Obtain one through <see cref="ResolveContext.DataLoader{TKey, TValue}(string, Func{IReadOnlyList{TKey}, CancellationToken, ValueTask{IReadOnlyDictionary{TKey, TValue}}})"/>.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private readonly int _maxBatchSize;
    private readonly Lock _gate = new();
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _queue = [];
    private int _batchCount;

    /// <param name="batch">Loads many keys at once; keys missing from the result load as <c>default</c>.</param>
    /// <param name="maxBatchSize">Splits larger batches; 0 means unlimited.</param>
    public DataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch, int maxBatchSize = 0)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBatchSize);
        _batch = batch;
        _maxBatchSize = maxBatchSize;
    }

    /// <summary>Builds a loader from a batch function returning one value per key, in key order.</summary>
    public static DataLoader<TKey, TValue> FromList(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyList<TValue>>> batch, int maxBatchSize = 0)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new DataLoader<TKey, TValue>(
            async (keys, cancellationToken) =>
            {
                var values = await batch(keys, cancellationToken).ConfigureAwait(false);
                if (values.Count != keys.Count)
                {
                    throw new InvalidOperationException(
                        $"A list batch function must return one value per key, in order: it was given {keys.Count} keys and returned {values.Count} values.");
                }

                var map = new Dictionary<TKey, TValue>(keys.Count);
                for (var i = 0; i < keys.Count; i++)
                {
                    map[keys[i]] = values[i];
                }

                return map;
            },
            maxBatchSize);
    }

    /// <summary>How many times the batch function was called; useful to verify batching.</summary>
    public int BatchCount => Volatile.Read(ref _batchCount);

    public bool HasPendingLoads
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count > 0;
            }
        }
    }

    /// <summary>Raised when the first key is queued after a dispatch, so the scheduler can wake up.</summary>
    internal Action? LoadQueued { get; set; }

    /// <summary>Loads one value; repeated keys share one cached result for the life of the loader.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        bool wasEmpty;
        TaskCompletionSource<TValue?> completion;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }

            completion = new TaskCompletionSource<TValue?>();
            _cache[key] = completion;
            wasEmpty = _queue.Count == 0;
            _queue.Add(new(key, completion));
        }

        if (wasEmpty)
        {
            LoadQueued?.Invoke();
        }

        return completion.Task;
    }

    /// <summary>
    /// Caches a value obtained some other way (for example read along with another load), so that loading its key
    /// costs no batch. A key already loaded or queued keeps what it has.
    /// </summary>
    public void Prime(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            if (!_cache.ContainsKey(key))
            {
                var completion = new TaskCompletionSource<TValue?>();
                completion.SetResult(value);
                _cache[key] = completion;
            }
        }
    }

    /// <summary>Loads several values, in key order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> queued;
        lock (_gate)
        {
            if (_queue.Count == 0)
            {
                return;
            }

            queued = _queue;
            _queue = [];
        }

        var size = _maxBatchSize == 0 ? queued.Count : _maxBatchSize;
        for (var start = 0; start < queued.Count; start += size)
        {
            var slice = queued.GetRange(start, Math.Min(size, queued.Count - start));
            await RunBatchAsync(slice, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RunBatchAsync(List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> slice, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _batchCount);
        var keys = new TKey[slice.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = slice[i].Key;
        }

        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _batch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                foreach (var (key, _) in slice)
                {
                    _cache.Remove(key);
                }
            }

            foreach (var (_, completion) in slice)
            {
                completion.TrySetException(ex);
            }

            return;
        }

        foreach (var (key, completion) in slice)
        {
            completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
    }
}
