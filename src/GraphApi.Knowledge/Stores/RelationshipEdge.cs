using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>A relationship seen from one entity: the entity at the other end and the direction.</summary>
public sealed record RelationshipEdge(Relationship Relationship, string EntityId, string OtherId, RelationshipDirection Direction);
