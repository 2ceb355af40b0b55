using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Text;

/// <summary>The body of a page as spans of its original text, and the lines that were left out.</summary>
public sealed record ExtractedBody(IReadOnlyList<TextSpan> Body, IReadOnlyList<SkippedSegment> Skipped)
{
    public bool Contains(int offset) => Body.Any(s => s.Contains(offset));
}
