namespace GraphApi.Knowledge.Search;

/// <summary>
/// A passage found by <see cref="PassageIndex"/>, before its text is read: where it is, its score, its page cursor, and
/// the content hash of the source text its offsets index.
/// </summary>
public sealed record PassageMatch(string SourceId, string SourceHash, int Start, int End, double Score, string Cursor);
