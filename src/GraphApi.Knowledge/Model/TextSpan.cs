namespace GraphApi.Knowledge.Model;

/// <summary>A range of UTF-16 code units in a source's decoded text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public override string ToString() => $"[{Start},{End})";
}
