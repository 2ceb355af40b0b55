using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Paging;

namespace GraphApi.Schema.Types;

/// <summary>
/// The fields every entity type has, declared once for the <c>Entity</c> interface and each implementing type
/// (GraphQL requires the implementations to repeat them, arguments included).
/// </summary>
internal static class EntityFields
{
    public static void AddTo(ComplexType type)
    {
        type.AddField(new FieldDefinition("id", ScalarType.ID.AsNonNull()).Resolve(c => Of(c).Id));
        type.AddField(new FieldDefinition("kind", new TypeReference("EntityKind").AsNonNull()).Resolve(c => Of(c).Kind));
        type.AddField(new FieldDefinition("name", ScalarType.String.AsNonNull(), "English display name.").Resolve(c => Of(c).Name));
        type.AddField(new FieldDefinition("nameAr", ScalarType.String, "Arabic display name; null when the entity has none.").Resolve(c => Of(c).NameAr));
        type.AddField(new FieldDefinition("aliases", ScalarType.String.AsNonNull().AsList().AsNonNull(), "Every other Arabic or Latin form naming the entity, sorted ordinally.").Resolve(c => Of(c).Aliases));
        type.AddField(new FieldDefinition("description", ScalarType.String).Resolve(c => Of(c).Description));
        type.AddField(new FieldDefinition("mentions", new TypeReference("MentionConnection").AsNonNull(), "Occurrences of the entity's names in article bodies, ordered by source id, start, end, then mention id.")
            .Argument("first", ScalarType.Int)
            .Argument("after", ScalarType.String)
            .Resolve(new FieldResolver(async c => (object?)await KnowledgeLoaders.MentionsByEntity(c, Of(c).Id, PageArguments.Read(c) with { WithRelated = ShowsSources(c) }).ConfigureAwait(false) ?? Page<Mention>.Empty)));
        type.AddField(new FieldDefinition("claims", new TypeReference("ClaimConnection").AsNonNull(), "Claims in which the entity is subject, object or speaker (as role says), ordered by claim id.")
            .Argument("role", new TypeReference("ClaimRole").AsNonNull(), ClaimRole.Any)
            .Argument("kind", new TypeReference("ClaimKind"))
            .Argument("first", ScalarType.Int)
            .Argument("after", ScalarType.String)
            .Resolve(new FieldResolver(ClaimsAsync)));
        type.AddField(new FieldDefinition("relationships", new TypeReference("RelationshipConnection").AsNonNull(), "Typed edges to other entities, ordered by type, the other entity's id, then relationship id.")
            .Argument("types", ScalarType.String.AsNonNull().AsList(), "Relationship types to keep (holds-role, part-of, member-of, chair-of, participant-in, host-of, cooperates-with, …); all when omitted.")
            .Argument("direction", new TypeReference("RelationshipDirection").AsNonNull(), RelationshipDirection.Both)
            .Argument("first", ScalarType.Int)
            .Argument("after", ScalarType.String)
            .Resolve(new FieldResolver(async c =>
            {
                var types = c.Argument<IReadOnlyList<object?>>("types")?.OfType<string>().ToList();
                var page = await KnowledgeLoaders.Relationships(c, Of(c).Id, types, c.Argument<RelationshipDirection>("direction"), PageArguments.Read(c)).ConfigureAwait(false);
                return page ?? Page<RelationshipEdge>.Empty;
            })));
        type.AddField(new FieldDefinition("sources", new TypeReference("Source").AsNonNull().AsList().AsNonNull(), "The sources whose bodies mention the entity, ordered by id.")
            .Resolve(new FieldResolver(async c => await KnowledgeLoaders.SourcesMentioning(c, Of(c).Id).ConfigureAwait(false))));
    }

    private static Entity Of(ResolveContext context) => (Entity)context.Source!;

    /// <summary>Whether a mention or claim connection shows its items' sources; when not, a store need not read them along.</summary>
    internal static bool ShowsSources(ResolveContext context) => context.IsSelected("nodes", "source") || context.IsSelected("edges", "node", "source");

    /// <summary>The store pages an entity's claims by role; a kind filter is applied here over the same cursors.</summary>
    private static async ValueTask<object?> ClaimsAsync(ResolveContext context)
    {
        var request = PageArguments.Read(context);
        var role = context.Argument<ClaimRole>("role");
        if (context.Argument<ClaimKind?>("kind") is not { } kind)
        {
            return await KnowledgeLoaders.ClaimsForEntity(context, Of(context).Id, role, request).ConfigureAwait(false) ?? Page<Claim>.Empty;
        }

        var all = await KnowledgeLoaders.ClaimsForEntity(context, Of(context).Id, role, PageRequest.All).ConfigureAwait(false) ?? Page<Claim>.Empty;
        return PageOrdering.Repage(all.Edges.Where(e => e.Node.Kind == kind), request);
    }
}
