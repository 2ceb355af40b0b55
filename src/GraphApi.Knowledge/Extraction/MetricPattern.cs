namespace GraphApi.Knowledge.Extraction;

/// <summary>A compiled metric pattern: its elements, exactly one of them a <see cref="NumberSlot"/>, and the text it was written as.</summary>
public sealed record MetricPattern(string Text, string Language, IReadOnlyList<PatternElement> Elements)
{
    public int SlotIndex { get; } = Elements.Select((e, i) => (e, i)).First(p => p.e is NumberSlot).i;
}
