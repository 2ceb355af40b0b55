namespace GraphApi.Bolt;

/// <summary>Whether a transaction reads or writes; sent as mode "r" for reads (Bolt 3+).</summary>
public enum AccessMode
{
    Write,
    Read,
}
