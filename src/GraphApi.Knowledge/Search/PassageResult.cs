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

    /// <summary>The page, with each passage's text and highlights read from <paramref name="sources"/> (by id; it must hold <see cref="SourceIds"/>).</summary>
    public PassagePage ToPage(IReadOnlyDictionary<string, Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var edges = new List<PageEdge<Passage>>(Matches.Count);
        foreach (var match in Matches)
        {
            if (!sources.TryGetValue(match.SourceId, out var source))
            {
                throw new InvalidOperationException($"The text of {match.SourceId} is needed for a passage but was not loaded.");
            }

            var passage = new Passage(match.SourceId, match.Start, match.End, source.Text[match.Start..match.End], match.Score, PassageHighlighter.Highlight(source.Text, match.Start, match.End, Query));
            edges.Add(new PageEdge<Passage>(match.Cursor, passage));
        }

        return new PassagePage(edges, HasNextPage, HasPreviousPage);
    }
}
