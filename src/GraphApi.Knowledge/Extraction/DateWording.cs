namespace GraphApi.Knowledge.Extraction;

/// <summary>A date as an article words it: words [<see cref="First"/>, <see cref="End"/>), an English gloss, and the ISO date (or year or month) it names when the publication date resolves it.</summary>
internal sealed record DateWording(int First, int End, string En, string? Date);
