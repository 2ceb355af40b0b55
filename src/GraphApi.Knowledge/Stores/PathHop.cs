using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>One step of a path: from an entity to the next along a relationship (walked in either direction), with its supporting claims in <see cref="Relationship.ClaimIds"/>.</summary>
public sealed record PathHop(string FromId, string ToId, Relationship Relationship);
