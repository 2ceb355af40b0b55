using System.Globalization;

namespace GraphApi.Bolt;

/// <summary>One result row: values by key or by index, with typed accessors.</summary>
public sealed class Record
{
    private readonly IReadOnlyDictionary<string, int> _index;

    internal Record(IReadOnlyList<string> keys, IReadOnlyDictionary<string, int> index, IReadOnlyList<object?> values)
    {
        Keys = keys;
        _index = index;
        Values = values;
    }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<object?> Values { get; }

    public object? this[int index] => Values[index];

    public object? this[string key] => Values[IndexOf(key)];

    public bool ContainsKey(string key) => _index.ContainsKey(key);

    /// <summary>
    /// The value converted to <typeparamref name="T"/>: integers narrow with overflow checks, lists and maps
    /// keep their runtime types, and null becomes default for reference and nullable types.
    /// </summary>
    public T Get<T>(string key) => Convert<T>(this[key], key);

    public T Get<T>(int index) => Convert<T>(this[index], index.ToString(CultureInfo.InvariantCulture));

    public override string ToString() =>
        "{" + string.Join(", ", Keys.Select((k, i) => $"{k}: {Values[i] ?? "null"}")) + "}";

    private int IndexOf(string key) =>
        _index.TryGetValue(key, out var i)
            ? i
            : throw new KeyNotFoundException($"The record has no key '{key}'; its keys are: {string.Join(", ", Keys)}.");

    private static T Convert<T>(object? value, string key)
    {
        switch (value)
        {
            case T typed:
                return typed;
            case null when default(T) is null:
                return default!;
            case null:
                throw new InvalidCastException($"The value of '{key}' is null and cannot become {typeof(T).Name}.");
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal) || target == typeof(string)))
        {
            try
            {
                return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }
            catch (OverflowException ex)
            {
                throw new InvalidCastException($"The value {value} of '{key}' does not fit {target.Name}.", ex);
            }
        }

        throw new InvalidCastException($"The value of '{key}' is a {value.GetType().Name} and cannot become {typeof(T).Name}.");
    }
}
