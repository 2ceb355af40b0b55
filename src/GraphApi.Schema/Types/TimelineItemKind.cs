namespace GraphApi.Schema.Types;

/// <summary>Whether a timeline item is a dated event or a dated claim.</summary>
internal enum TimelineItemKind
{
    Event,
    Claim,
}
