using GraphApi.GraphQL.Errors;
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
            .Forward()
            .Resolve(new FieldResolver(async c => (object?)await MentionsAsync(c, Of(c).Id).ConfigureAwait(false) ?? Page<Mention>.Empty)));
        type.AddField(new FieldDefinition("claims", new TypeReference("ClaimConnection").AsNonNull(), "Claims in which the entity is subject, object or speaker (as role says), ordered by claim id.")
            .Argument("role", new TypeReference("ClaimRole").AsNonNull(), ClaimRole.Any)
            .Argument("kind", new TypeReference("ClaimKind"))
            .Forward()
            .Resolve(new FieldResolver(async c => await ClaimsAsync(c, Of(c).Id).ConfigureAwait(false))));
        type.AddField(new FieldDefinition("relationships", new TypeReference("RelationshipConnection").AsNonNull(), "Typed edges to other entities, ordered by type, the other entity's id, then relationship id.")
            .Argument("types", ScalarType.String.AsNonNull().AsList(), "Relationship types to keep (holds-role, part-of, member-of, chair-of, participant-in, host-of, cooperates-with, …); all when omitted.")
            .Argument("direction", new TypeReference("RelationshipDirection").AsNonNull(), RelationshipDirection.Both)
            .Forward()
            .Resolve(new FieldResolver(async c => (object?)await RelationshipsAsync(c, Of(c).Id).ConfigureAwait(false) ?? Page<RelationshipEdge>.Empty)));
        type.AddField(new FieldDefinition("sources", new TypeReference("Source").AsNonNull().AsList().AsNonNull(), "The sources whose bodies mention the entity, ordered by id.")
            .Resolve(new FieldResolver(async c => await KnowledgeLoaders.SourcesMentioning(c, Of(c).Id).ConfigureAwait(false))));
    }

    private static Entity Of(ResolveContext context) => (Entity)context.Source!;

    /// <summary>Whether a mention or claim connection shows its items' sources; when not, a store need not read them along.</summary>
    internal static bool ShowsSources(ResolveContext context) => context.IsSelected("nodes", "source") || context.IsSelected("edges", "node", "source");

    /// <summary>
    /// Starts, for the entities <paramref name="ids"/> that <paramref name="context"/>'s field returns, the reads of the
    /// lists its selection shows (<c>mentions</c>, <c>claims</c>, <c>relationships</c>, <c>sources</c>), with the
    /// arguments they are given, through the same loaders as the fields themselves: those reads then go out in the
    /// batch of the entity's own read, and the fields find them done instead of costing one more round trip. Called
    /// before the resolver's first await. An id that turns out not to be a readable entity costs its reads for
    /// nothing (they find no entity); a list whose arguments are wrong is left to its field, which reports the error.
    /// </summary>
    internal static void ReadAhead(ResolveContext context, IReadOnlyList<string> ids)
    {
        var entity = (InterfaceType)context.Schema.GetType("Entity")!;
        foreach (var type in context.Schema.GetPossibleTypes(entity))
        {
            foreach (var field in context.SelectedFields(type))
            {
                Func<ResolveContext, string, Task>? read = field.FieldName switch
                {
                    "mentions" => MentionsAsync,
                    "claims" => ClaimsAsync,
                    "relationships" => RelationshipsAsync,
                    "sources" => KnowledgeLoaders.SourcesMentioning,
                    _ => null,
                };
                if (read is null)
                {
                    continue;
                }

                try
                {
                    foreach (var id in ids)
                    {
                        _ = read(field, id);
                    }
                }
                catch (GraphQLException)
                {
                    // Bad paging arguments: the field's own resolution reports them.
                }
            }
        }
    }

    private static Task<Page<Mention>?> MentionsAsync(ResolveContext context, string id) =>
        KnowledgeLoaders.MentionsByEntity(context, id, PageArguments.Read(context) with { WithRelated = ShowsSources(context) });

    private static Task<Page<RelationshipEdge>?> RelationshipsAsync(ResolveContext context, string id)
    {
        var types = context.Argument<IReadOnlyList<object?>>("types")?.OfType<string>().ToList();
        return KnowledgeLoaders.Relationships(context, id, types, context.Argument<RelationshipDirection>("direction"), PageArguments.Read(context));
    }

    /// <summary>The store pages an entity's claims by role; a kind filter is applied here over the same cursors.</summary>
    private static Task<object?> ClaimsAsync(ResolveContext context, string id)
    {
        var request = PageArguments.Read(context);
        var role = context.Argument<ClaimRole>("role");
        if (context.Argument<ClaimKind?>("kind") is not { } kind)
        {
            return Paged(KnowledgeLoaders.ClaimsForEntity(context, id, role, request), page => page);
        }

        return Paged(KnowledgeLoaders.ClaimsForEntity(context, id, role, PageRequest.All), all => PageOrdering.Repage(all.Edges.Where(e => e.Node.Kind == kind), request));
    }

    private static async Task<object?> Paged(Task<Page<Claim>?> load, Func<Page<Claim>, object> shape) =>
        shape(await load.ConfigureAwait(false) ?? Page<Claim>.Empty);
}
