namespace GraphApi.Knowledge.Import;

/// <summary>An article file decoded as strict UTF-8, with the SHA-256 of its bytes.</summary>
internal sealed record ArticleFile(string FileName, string Path, string Text, string Hash);
