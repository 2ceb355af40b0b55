using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema.Tests;

/// <summary>Counts every store call by operation, to prove that resolvers batch (no N+1).</summary>
internal sealed class CountingKnowledgeStore(IKnowledgeStore inner) : KnowledgeStoreDecorator(inner)
{
    private readonly Dictionary<string, int> calls = new(StringComparer.Ordinal);

    public int Total
    {
        get
        {
            lock (calls)
            {
                return calls.Values.Sum();
            }
        }
    }

    public IReadOnlyDictionary<string, int> Calls
    {
        get
        {
            lock (calls)
            {
                return new SortedDictionary<string, int>(calls, StringComparer.Ordinal);
            }
        }
    }

    protected override Task<T> InvokeAsync<T>(string operation, StoreCallKind kind, Func<Task<T>> call)
    {
        lock (calls)
        {
            calls[operation] = calls.GetValueOrDefault(operation) + 1;
        }

        return call();
    }
}
