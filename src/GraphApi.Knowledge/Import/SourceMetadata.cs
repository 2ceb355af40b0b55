using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>One entry of <c>sources.yaml</c>.</summary>
internal sealed record SourceMetadata(
    string File,
    string? Title,
    string? TitleEn,
    string? OutletId,
    string? Published,
    string? Language,
    string? Url,
    IReadOnlyList<ReportingLink> Chain,
    SourceVisibility Visibility,
    DateTimeOffset? EmbargoUntil,
    int Line);
