using GraphApi.Knowledge.Model;

namespace GraphApi.Schema.Types;

/// <summary>The value behind a <c>TimelineItem</c>: a dated event or claim.</summary>
internal sealed record TimelineEntry(string Date, TimelineItemKind Kind, IGraphNode Node);
