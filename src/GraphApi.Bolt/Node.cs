namespace GraphApi.Bolt;

/// <summary>
/// A node value (Bolt structure 0x4E). <see cref="ElementId"/> is the server's element id from 5.0; older
/// servers only send the numeric id, which is then used as the element id too.
/// </summary>
public sealed record Node(long Id, string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    public object? this[string key] => Properties[key];
}
