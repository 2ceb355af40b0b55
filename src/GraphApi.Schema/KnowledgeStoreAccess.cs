using GraphApi.GraphQL.Execution;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema;

/// <summary>
/// How resolvers find the store: an <see cref="IKnowledgeStore"/> in the request's <c>Items</c> under
/// <see cref="ItemKey"/> wins, else the request services are asked for one. The schema holds no store itself, so the
/// host can swap the graph (or the store) without rebuilding it.
/// </summary>
public static class KnowledgeStoreAccess
{
    /// <summary>The <c>Items</c> key a host or test may use to hand a store to one request.</summary>
    public const string ItemKey = "GraphApi.Schema.KnowledgeStore";

    /// <summary>The <c>Items</c> key a host or test may use to hand the caller's <see cref="ReadScope"/> to one request.</summary>
    public const string ScopeItemKey = "GraphApi.Schema.ReadScope";

    public static IKnowledgeStore From(ResolveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var item) && item is IKnowledgeStore fromItems)
        {
            return fromItems;
        }

        return context.RequestServices?.GetService(typeof(IKnowledgeStore)) as IKnowledgeStore
            ?? throw new InvalidOperationException(
                "No IKnowledgeStore for this request: register one in the request services (ExecutionRequest.RequestServices) " +
                $"or put it in ResolveContext.Items under \"{ItemKey}\".");
    }

    /// <summary>
    /// What the caller may read: a <see cref="ReadScope"/> in <c>Items</c> under <see cref="ScopeItemKey"/>, else one from
    /// the request services (the host builds it once per request from the caller's roles and its clock). A request
    /// that brings none is anonymous: public sources whose embargo has ended by now.
    /// </summary>
    public static ReadScope Scope(ResolveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ScopeItemKey, out var item) && item is ReadScope fromItems)
        {
            return fromItems;
        }

        if (context.RequestServices?.GetService(typeof(ReadScope)) is ReadScope fromServices)
        {
            return fromServices;
        }

        var anonymous = ReadScope.PublicAt(((context.RequestServices?.GetService(typeof(TimeProvider)) as TimeProvider) ?? TimeProvider.System).GetUtcNow());
        context.Items[ScopeItemKey] = anonymous;
        return anonymous;
    }
}
