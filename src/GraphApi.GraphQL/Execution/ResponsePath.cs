namespace GraphApi.GraphQL.Execution;

/// <summary>
/// The path of a field in the response, as a linked list from the leaf up (GraphQL spec §7.1.2 "Errors", <c>path</c>).
/// Each segment is a response key or a list index; the list is only materialized when an error needs it.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A <see cref="string"/> response key or an <see cref="int"/> list index.</summary>
    public object Key { get; }

    public static ResponsePath Root(string key) => new(null, key);

    public ResponsePath Append(string key) => new(this, key);

    public ResponsePath Append(int index) => new(this, index);

    /// <summary>The segments from the root down.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var node = this; node is not null; node = node.Parent)
        {
            depth++;
        }

        var segments = new object[depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            segments[--depth] = node.Key;
        }

        return segments;
    }

    public override string ToString() => string.Join(".", ToList());
}
