using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Text;

/// <summary>A non-empty line left out of the body, and why.</summary>
public readonly record struct SkippedSegment(TextSpan Span, BoilerplateKind Kind);
