using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// What a graph must satisfy before the store writes anything: in the property-graph model every reference is a
/// relationship, so each must land on a node of the graph, and every relationship type must come from the fixed
/// predicate list. The import pipeline guarantees this for corpora; a graph built by hand that breaks it is refused,
/// naming the first record at fault, and nothing is written.
/// </summary>
internal static class GraphConsistency
{
    public static void Check(KnowledgeGraph graph)
    {
        var entities = Ids(graph.Entities, e => e.Id, "entity");
        var sources = Ids(graph.Sources, s => s.Id, "source");
        var claims = Ids(graph.Claims, c => c.Id, "claim");
        var relationships = graph.Relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        void Entity(string? id, string owner, string what)
        {
            if (id is not null && !entities.Contains(id))
            {
                Fail($"{owner} names {what} '{id}', which is not an entity of the graph");
            }
        }

        foreach (var relationship in graph.Relationships)
        {
            if (!Predicates.IsKnown(relationship.Type))
            {
                Fail($"relationship '{relationship.Id}' has the type '{relationship.Type}', which is not one of {string.Join(", ", Predicates.All)}");
            }

            Entity(relationship.FromId, $"relationship '{relationship.Id}'", "the start");
            Entity(relationship.ToId, $"relationship '{relationship.Id}'", "the end");
        }

        foreach (var entity in graph.Entities)
        {
            Entity(entity.ParentId, $"entity '{entity.Id}'", "the parent");
            Entity(entity.PlaceId, $"entity '{entity.Id}'", "the place");
            Entity(entity.PublisherId, $"entity '{entity.Id}'", "the publisher");
            if (entity.ParentId is not null && !relationships.Contains(Relationship.IdFor(Predicates.PartOf, entity.Id, entity.ParentId)))
            {
                Fail($"entity '{entity.Id}' has the parent '{entity.ParentId}' but the graph has no part-of relationship between them");
            }

            if (entity.PlaceId is not null && !relationships.Contains(Relationship.IdFor(Predicates.LocatedIn, entity.Id, entity.PlaceId)))
            {
                Fail($"entity '{entity.Id}' has the place '{entity.PlaceId}' but the graph has no located-in relationship between them");
            }
        }

        foreach (var source in graph.Sources)
        {
            Entity(source.OutletId, $"source '{source.Id}'", "the outlet");
            foreach (var link in source.Chain)
            {
                Entity(link.EntityId, $"source '{source.Id}'", "in its reporting chain");
            }
        }

        foreach (var mention in graph.Mentions)
        {
            Entity(mention.EntityId, $"mention '{mention.Id}'", "the entity");
            if (!sources.Contains(mention.SourceId))
            {
                Fail($"mention '{mention.Id}' lies in source '{mention.SourceId}', which is not a source of the graph");
            }
        }

        foreach (var claim in graph.Claims)
        {
            var owner = $"claim '{claim.Id}'";
            foreach (var sourceId in claim.Evidence.Select(e => e.SourceId).Prepend(claim.SourceId))
            {
                if (!sources.Contains(sourceId))
                {
                    Fail($"{owner} is read from or quotes source '{sourceId}', which is not a source of the graph");
                }
            }

            Entity(claim.SubjectId, owner, "the subject");
            Entity(claim.ObjectId, owner, "the object");
            Entity(claim.SpeakerId, owner, "the speaker");
            Entity(claim.Attribution.AffiliationId, owner, "the affiliation");
            foreach (var about in claim.About)
            {
                Entity(about, owner, "as what it is about");
            }
        }

        foreach (var (id, a, b) in graph.Conflicts.Select(c => (c.Id, c.ClaimA, c.ClaimB)).Concat(graph.Corroborations.Select(c => (c.Id, c.ClaimA, c.ClaimB))))
        {
            if (!claims.Contains(a) || !claims.Contains(b))
            {
                Fail($"'{id}' joins claims '{a}' and '{b}', which are not both claims of the graph");
            }
        }
    }

    private static HashSet<string> Ids<T>(IEnumerable<T> items, Func<T, string> id, string what)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!ids.Add(id(item)))
            {
                Fail($"the {what} id '{id(item)}' occurs twice");
            }
        }

        return ids;
    }

    private static void Fail(string problem) =>
        throw new ArgumentException("The graph cannot be written to Neo4j: " + problem + "; nothing was written.", "graph");
}
