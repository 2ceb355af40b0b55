namespace GraphApi.Knowledge.Import;

/// <summary>A place in a curated file that names an entity id; checked once all entities are known.</summary>
internal sealed record EntityReference(string File, int Line, string EntityId, string Field);
