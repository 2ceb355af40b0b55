namespace GraphApi.Knowledge.Search;

/// <summary>A passage found by <see cref="PassageIndex"/>, before its text is read: where it is, its score and its page cursor.</summary>
public sealed record PassageMatch(string SourceId, int Start, int End, double Score, string Cursor);
