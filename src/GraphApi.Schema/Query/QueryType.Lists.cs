using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Inputs;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Paging;
using GraphApi.Schema.Types;
using StoreClaimOrder = GraphApi.Knowledge.Stores.ClaimOrder;
using StoreEntityOrder = GraphApi.Knowledge.Stores.EntityOrder;

namespace GraphApi.Schema.Query;

/// <summary>The list roots: people, institutions, events, places, programs, documents, claims and sources, with filters, one order and cursor paging.</summary>
internal static partial class QueryType
{
    private static void AddListFields(ObjectType query)
    {
        EntityList(query, "people", "Person", EntityKind.Person);
        EntityList(query, "institutions", "Institution", EntityKind.Institution);
        EntityList(query, "events", "Event", EntityKind.Event);
        EntityList(query, "places", "Place", EntityKind.Place);
        EntityList(query, "programs", "Program", EntityKind.Program);
        EntityList(query, "documents", "Document", EntityKind.Document);

        query.Field("claims", new TypeReference("ClaimConnection").AsNonNull(), resolveAsync: ClaimsAsync,
            description: "Claims matching where, in order (default: by id).",
            configure: f => f.Argument("where", new TypeReference("ClaimFilter")).Argument("order", new TypeReference("ClaimOrder").AsNonNull().AsList()).ForwardAndBackward());

        query.Field("sources", new TypeReference("SourceConnection").AsNonNull(), resolveAsync: async c =>
                await Store(c).ListSourcesAsync(FilterArguments.Source(c), PageArguments.Read(c), Scope(c), c.CancellationToken).ConfigureAwait(false),
            description: "Sources matching where, ordered by id.",
            configure: f => f.Argument("where", new TypeReference("SourceFilter")).Forward());
    }

    private static void EntityList(ObjectType query, string field, string typeName, EntityKind kind) =>
        query.Field(field, new TypeReference($"{typeName}Connection").AsNonNull(), resolveAsync: async c =>
        {
            var filter = FilterArguments.Entity(c, kind);
            var (order, descending) = FilterArguments.Order(c, StoreEntityOrder.Name);
            var request = PageArguments.Read(c);
            if (!descending)
            {
                return await Store(c).ListEntitiesAsync(filter, order, request, Scope(c), c.CancellationToken).ConfigureAwait(false);
            }

            var page = await Store(c).ListEntitiesAsync(filter, order, PageOrdering.Reverse(request), Scope(c), c.CancellationToken).ConfigureAwait(false);
            return PageOrdering.Reverse(page);
        },
        description: $"Entities of kind {kind.ToString().ToUpperInvariant()} matching where, in order (default: NAME ASC).",
        configure: f => f.Argument("where", new TypeReference("EntityFilter")).Argument("order", new TypeReference("EntityOrder").AsNonNull().AsList()).ForwardAndBackward());

    private static async ValueTask<object?> ClaimsAsync(ResolveContext context)
    {
        var filter = FilterArguments.Claim(context);
        var (order, descending) = FilterArguments.Order(context, StoreClaimOrder.Id);
        var request = PageArguments.Read(context);
        if (descending)
        {
            request = PageOrdering.Reverse(request);
        }

        // The claims' sources come with the page when the query shows them (a store may bring them along), and prime the node loader.
        request = request with { WithRelated = EntityFields.ShowsSources(context) };
        var page = KnowledgeLoaders.KeepRelated(context, await Store(context).ListClaimsAsync(filter, order, request, Scope(context), context.CancellationToken).ConfigureAwait(false));
        return descending ? PageOrdering.Reverse(page) : page;
    }

    private static IKnowledgeStore Store(ResolveContext context) => KnowledgeStoreAccess.From(context);

    private static ReadScope Scope(ResolveContext context) => KnowledgeStoreAccess.Scope(context);
}
