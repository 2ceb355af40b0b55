using System.Buffers.Text;
using System.Text;

namespace GraphApi.Knowledge.Stores;

/// <summary>
/// An opaque cursor: the item's sort key and id, base64url-encoded. Every list orders by (sort key, id) with
/// ordinal string comparison, so any store (embedded, or Neo4j with <c>WHERE [key, id] &gt; [$key, $id]</c>) can
/// resume after a cursor without counting offsets.
/// </summary>
public readonly record struct PageCursor(string SortKey, string Id)
{
    private const string Version = "c1";
    private const char Separator = '\u001f';

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Version + Separator + SortKey + Separator + Id));

    public static PageCursor Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
            if (parts.Length == 3 && parts[0] == Version)
            {
                return new PageCursor(parts[1], parts[2]);
            }
        }
        catch (FormatException)
        {
        }

        throw new ArgumentException($"'{cursor}' is not a cursor returned by this API.", nameof(cursor));
    }

    /// <summary>Ordinal comparison on (sort key, id).</summary>
    public int CompareTo(PageCursor other)
    {
        var byKey = string.CompareOrdinal(SortKey, other.SortKey);
        return byKey != 0 ? byKey : string.CompareOrdinal(Id, other.Id);
    }
}
