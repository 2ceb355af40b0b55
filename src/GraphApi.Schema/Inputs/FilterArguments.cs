using System.Globalization;
using GraphApi.GraphQL.Execution;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Errors;
using GraphApi.Schema.Types;

namespace GraphApi.Schema.Inputs;

/// <summary>Turns the coerced <c>where</c> and <c>order</c> arguments into store filters, rejecting values the store cannot use.</summary>
internal static class FilterArguments
{
    private static readonly string[] IsoDateFormats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    public static EntityFilter Entity(ResolveContext context, EntityKind kind)
    {
        var where = Where(context);
        return new EntityFilter(kind, Get<string>(where, "nameContains"), Get<string>(where, "sourceId"), Get<bool?>(where, "hasConflicts"));
    }

    public static ClaimFilter Claim(ResolveContext context)
    {
        var where = Where(context);
        return new ClaimFilter(
            Get<ClaimKind?>(where, "kind"),
            Get<string>(where, "entityId"),
            Get<ClaimRole?>(where, "role") ?? ClaimRole.Any,
            Get<string>(where, "sourceId"),
            Get<string>(where, "speakerId"),
            IsoDate(where, "dateFrom"),
            IsoDate(where, "dateTo"),
            Get<bool?>(where, "hasConflicts"),
            Get<string>(where, "metric"),
            Get<AttributionKind?>(where, "attributionKind"),
            Get<Modality?>(where, "modality"));
    }

    public static SourceFilter Source(ResolveContext context)
    {
        var where = Where(context);
        return new SourceFilter(Get<string>(where, "outletId"), Get<string>(where, "language"), Get<string>(where, "mentionsEntityId"));
    }

    public static PassageFilter Passage(ResolveContext context)
    {
        var where = Where(context);
        return new PassageFilter(Get<string>(where, "sourceId"), Get<string>(where, "outletId"), IsoDate(where, "publishedFrom"), IsoDate(where, "publishedTo"));
    }

    public static (TOrder Order, bool Descending) Order<TOrder>(ResolveContext context, TOrder fallback)
    {
        var orders = context.Argument<IReadOnlyList<object?>>("order");
        if (orders is null || orders.Count == 0)
        {
            return (fallback, false);
        }

        if (orders.Count > 1)
        {
            throw InputErrors.BadUserInput($"Argument \"order\" of {context.ParentType.Name}.{context.FieldName} takes one order (got {orders.Count}); every order already breaks ties by id.");
        }

        var order = (IReadOnlyDictionary<string, object?>)orders[0]!;
        return ((TOrder)order["field"]!, order.GetValueOrDefault("direction") is OrderDirection.Descending);
    }

    private static IReadOnlyDictionary<string, object?> Where(ResolveContext context) =>
        context.Argument<IReadOnlyDictionary<string, object?>>("where") ?? new Dictionary<string, object?>();

    private static T? Get<T>(IReadOnlyDictionary<string, object?> where, string name) =>
        where.TryGetValue(name, out var value) && value is T typed ? typed : default;

    private static string? IsoDate(IReadOnlyDictionary<string, object?> where, string name)
    {
        var value = Get<string>(where, name);
        if (value is null)
        {
            return null;
        }

        if (!DateTime.TryParseExact(value, IsoDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw InputErrors.BadUserInput($"Filter field \"{name}\" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got \"{value}\".");
        }

        return value;
    }
}
