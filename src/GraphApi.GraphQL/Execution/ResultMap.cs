using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphApi.GraphQL.Execution;

/// <summary>An object in the response: values in response-key order (GraphQL spec §6.3 "Executing Selection Sets", ordering).</summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;

    internal ResultMap(string[] keys, ResultNode? parent, int indexInParent, bool nonNullInParent)
        : base(parent, indexInParent, nonNullInParent, keys.Length)
    {
        _keys = keys;
    }

    internal string[] KeyArray => _keys;

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The response has no key \"{key}\".");

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
