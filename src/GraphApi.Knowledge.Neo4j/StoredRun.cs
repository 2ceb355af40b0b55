using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>The import run as stored on its node, with the import's warnings, so an export gives back the whole graph.</summary>
internal sealed record StoredRun(ImportRun Run, IReadOnlyList<string> Warnings);
