namespace GraphApi.Knowledge.Model;

/// <summary>
/// One article file. <see cref="Text"/> is the decoded file, byte for byte; every offset in the graph
/// (body spans, mentions, evidence) indexes it in UTF-16 code units.
/// </summary>
public sealed record Source : IGraphNode
{
    /// <summary><c>source/</c> followed by the file name without its extension (ids come from content, never counters).</summary>
    public required string Id { get; init; }

    public required string FileName { get; init; }

    public string? Title { get; init; }

    public string? TitleEn { get; init; }

    /// <summary>The outlet (an Institution) that published the page, null when the page does not say.</summary>
    public string? OutletId { get; init; }

    /// <summary>Publication date as the page gives it (ISO), null when it gives none.</summary>
    public string? Published { get; init; }

    public string? Language { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<ReportingLink> Chain { get; init; } = [];

    /// <summary>Who may read the source and everything derived from it; <see cref="SourceVisibility.Public"/> unless sources.yaml says otherwise.</summary>
    public SourceVisibility Visibility { get; init; }

    /// <summary>Until this instant the source counts as <see cref="SourceVisibility.Internal"/>, whatever <see cref="Visibility"/> says.</summary>
    public DateTimeOffset? EmbargoUntil { get; init; }

    /// <summary>The article body as spans of <see cref="Text"/>; tickers, boilerplate and comment forms are left out.</summary>
    public IReadOnlyList<TextSpan> Body { get; init; } = [];

    public required string Text { get; init; }

    /// <summary>Lowercase hex SHA-256 of the file's bytes.</summary>
    public required string ContentHash { get; init; }

    public NodeKind NodeKind => NodeKind.Source;

    public string DisplayName => Title ?? FileName;

    /// <summary>Derives the id of a source from its file name.</summary>
    public static string IdFor(string fileName) => "source/" + Path.GetFileNameWithoutExtension(fileName);
}
