using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used cache of parsed and validated documents keyed by query text, so a repeated query
/// skips parsing and validation (GraphQL spec §6.1 allows reusing a validated document for the same schema).
/// Thread-safe.
/// </summary>
public sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> _recency = new();
    private readonly Lock _gate = new();

    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    public int Capacity => _capacity;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string query, out CachedDocument document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(query, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value;
                return true;
            }
        }

        document = null!;
        return false;
    }

    public void Add(string query, CachedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_gate)
        {
            if (_entries.TryGetValue(query, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= _capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Query);
            }

            var node = _recency.AddFirst(document);
            _entries[query] = node;
        }
    }
}

/// <summary>A parsed document with the outcome of its validation.</summary>
public sealed record CachedDocument(string Query, DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);
