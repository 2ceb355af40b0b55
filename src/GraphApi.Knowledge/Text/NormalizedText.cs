using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Text;

/// <summary>Folded text with, for each folded code unit, the original UTF-16 offset it came from.</summary>
public sealed class NormalizedText
{
    private readonly int[] map;

    /// <param name="map">One original offset per folded code unit, plus the original end offset last.</param>
    public NormalizedText(string text, int[] map)
    {
        if (map.Length != text.Length + 1)
        {
            throw new ArgumentException("The offset map needs one entry per folded code unit plus the end offset.", nameof(map));
        }

        Text = text;
        this.map = map;
    }

    public string Text { get; }

    /// <summary>
    /// Maps folded [start, end) to the original span. The end is the original offset of the next kept code unit,
    /// so dropped marks that follow the last letter (a shadda, a tanwin) stay inside the span.
    /// </summary>
    public TextSpan ToOriginal(int start, int end) => new(map[start], map[end]);

    /// <summary>The original offset of the folded code unit at <paramref name="index"/>.</summary>
    public int OriginalOffset(int index) => map[index];
}
