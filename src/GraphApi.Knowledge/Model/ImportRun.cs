namespace GraphApi.Knowledge.Model;

/// <summary>
/// The PROV activity that generated the graph. The id depends only on the importer version and the
/// source hashes, so re-importing the same corpus yields the same id; <see cref="StartedAt"/> is kept
/// out of graph-content equality (see <c>CanonicalDump</c>).
/// </summary>
public sealed record ImportRun(string Id, DateTimeOffset StartedAt, string ImporterVersion, IReadOnlyDictionary<string, string> SourceHashes);
