namespace GraphApi.Knowledge.Linking;

/// <summary>
/// A trie over the key sequences (<see cref="Text.ArabicNormalizer.Keys"/>) of every entity name and alias.
/// Built once per knowledge base; a lookup costs at most the number of words of the longest name.
/// </summary>
internal sealed class NameTrie
{
    public Dictionary<string, NameTrie>? Children { get; private set; }

    /// <summary>The entities whose name ends at this node (sorted ids; several when curated names collide).</summary>
    public List<string>? EntityIds { get; private set; }

    public int Depth { get; private init; }

    public void Add(IReadOnlyList<string> keys, string entityId)
    {
        var node = this;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, NameTrie>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new NameTrie { Depth = node.Depth + 1 };
                node.Children.Add(key, child);
            }

            node = child;
        }

        node.EntityIds ??= [];
        if (!node.EntityIds.Contains(entityId))
        {
            node.EntityIds.Add(entityId);
            node.EntityIds.Sort(StringComparer.Ordinal);
        }
    }

    public NameTrie? Child(string key) => Children is not null && Children.TryGetValue(key, out var child) ? child : null;
}
