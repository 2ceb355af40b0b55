using GraphApi.Knowledge.Lint;

namespace GraphApi.Knowledge.Import;

/// <summary>An <c>acknowledged:</c> entry of a claim or entity, with the line it is written on.</summary>
internal sealed record CuratedAcknowledgement(LintAcknowledgement Acknowledgement, int Line);
