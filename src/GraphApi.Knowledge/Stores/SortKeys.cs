using System.Globalization;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Stores;

/// <summary>
/// The sort keys behind every documented order of <see cref="IKnowledgeStore"/>. Each list is ordered by
/// (sort key, id) with ordinal comparison, and cursors carry both, so every store implementation must compute
/// exactly these keys (a Neo4j store stores or computes them the same way).
/// </summary>
public static class SortKeys
{
    /// <summary>Sorts after every date.</summary>
    public const string Undated = "\uffff";

    public static string EntityName(Entity entity) => ArabicNormalizer.Fold(entity.Name);

    /// <summary>Descending count as an ascending key.</summary>
    public static string Descending(int count) => (int.MaxValue - count).ToString("D10", CultureInfo.InvariantCulture);

    public static string Entity(Entity entity, EntityOrder order, int mentionCount) => order switch
    {
        EntityOrder.Name => EntityName(entity),
        EntityOrder.MentionCount => Descending(mentionCount),
        _ => string.Empty,
    };

    /// <summary>The claim's <c>date</c>, else its source's <c>published</c>, else <see cref="Undated"/>.</summary>
    public static string EffectiveDate(Claim claim, Source? source) => claim.Date ?? source?.Published ?? Undated;

    public static string Claim(Claim claim, ClaimOrder order, Source? source) => order switch
    {
        ClaimOrder.Date => EffectiveDate(claim, source),
        ClaimOrder.Source => claim.SourceId,
        _ => string.Empty,
    };

    public static string MentionByEntity(Mention m) => $"{m.SourceId}\u001e{Offset(m.Start)}\u001e{Offset(m.End)}";

    public static string MentionBySource(Mention m) => $"{Offset(m.Start)}\u001e{Offset(m.End)}\u001e{m.EntityId}";

    public static string Relationship(RelationshipEdge edge) => $"{edge.Relationship.Type}\u001e{edge.OtherId}";

    private static string Offset(int offset) => offset.ToString("D10", CultureInfo.InvariantCulture);
}
