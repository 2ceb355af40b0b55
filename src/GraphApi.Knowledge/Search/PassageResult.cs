using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Search;

/// <summary>
/// The matches of one page of a passage search. A store turns it into a <see cref="PassagePage"/> with the texts of
/// <see cref="SourceIds"/>, wherever it keeps them (in memory, or one read from its database).
/// </summary>
public sealed record PassageResult(PassageQuery Query, IReadOnlyList<PassageMatch> Matches, bool HasNextPage, bool HasPreviousPage)
{
    /// <summary>The sources the page's passages come from, each once.</summary>
    public IReadOnlyList<string> SourceIds => [.. Matches.Select(m => m.SourceId).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// True when <paramref name="sources"/> holds every source of the page with the very text the index read (same
    /// content hash). False means the sources changed since the index was built (a re-import in between): rebuild it.
    /// </summary>
    public bool IsCurrentFor(IReadOnlyDictionary<string, Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Matches.All(m => sources.TryGetValue(m.SourceId, out var source) && source.ContentHash == m.SourceHash);
    }

    /// <summary>The page, with each passage's text and highlights read from <paramref name="sources"/>, which must hold <see cref="SourceIds"/> as indexed (<see cref="IsCurrentFor"/>).</summary>
    public PassagePage ToPage(IReadOnlyDictionary<string, Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var edges = new List<PageEdge<Passage>>(Matches.Count);
        foreach (var match in Matches)
        {
            if (!sources.TryGetValue(match.SourceId, out var source) || source.ContentHash != match.SourceHash)
            {
                throw new InvalidOperationException($"The text of {match.SourceId} that the passage index read (SHA-256 {match.SourceHash}) was not supplied.");
            }

            var passage = new Passage(match.SourceId, match.Start, match.End, source.Text[match.Start..match.End], match.Score, PassageHighlighter.Highlight(source.Text, match.Start, match.End, Query));
            edges.Add(new PageEdge<Passage>(match.Cursor, passage));
        }

        return new PassagePage(edges, HasNextPage, HasPreviousPage);
    }
}
