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

    /// <summary>
    /// The letters the names ending here lost from their first word when proclitics were stripped (ال of الرباط,
    /// ب of برلمان), so a mention can start where the name starts rather than at the stem.
    /// </summary>
    public List<string>? FirstWordPrefixes { get; private set; }

    public void Add(IReadOnlyList<string> keys, string entityId, string firstWordPrefix)
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

        node.FirstWordPrefixes ??= [];
        if (!node.FirstWordPrefixes.Contains(firstWordPrefix))
        {
            node.FirstWordPrefixes.Add(firstWordPrefix);
            node.FirstWordPrefixes.Sort((a, b) => b.Length.CompareTo(a.Length));
        }

        node.EntityIds ??= [];
        if (!node.EntityIds.Contains(entityId))
        {
            node.EntityIds.Add(entityId);
            node.EntityIds.Sort(StringComparer.Ordinal);
        }
    }

    public NameTrie? Child(ReadOnlySpan<char> key) =>
        Children is not null && Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var child) ? child : null;
}
