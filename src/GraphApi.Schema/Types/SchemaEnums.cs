using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using KnowledgeDirection = GraphApi.Knowledge.Stores.RelationshipDirection;
using StoreClaimOrder = GraphApi.Knowledge.Stores.ClaimOrder;
using StoreEntityOrder = GraphApi.Knowledge.Stores.EntityOrder;

namespace GraphApi.Schema.Types;

/// <summary>The schema's enums. Each GraphQL value stands for the store's C# value, so resolvers pass them through.</summary>
internal static class SchemaEnums
{
    public static IEnumerable<NamedType> Create() =>
    [
        new EnumType("EntityKind", "The kinds of curated entity.")
            .Value("PERSON", EntityKind.Person)
            .Value("INSTITUTION", EntityKind.Institution)
            .Value("EVENT", EntityKind.Event)
            .Value("PLACE", EntityKind.Place)
            .Value("PROGRAM", EntityKind.Program)
            .Value("DOCUMENT", EntityKind.Document, "A report or other document the articles cite."),
        new EnumType("AttributionKind", "How an article attributes a claim: the answer to \"says who?\".")
            .Value("NAMED", AttributionKind.Named, "A named speaker: a person or body the article names as saying it.")
            .Value("ANONYMOUS", AttributionKind.Anonymous, "Unnamed sources; the body they belong to is the affiliation.")
            .Value("REPORTED", AttributionKind.Reported, "Press or other reports, relayed by the outlet; the report is the speaker when the articles identify it.")
            .Value("OUTLET", AttributionKind.Outlet, "The outlet's own voice: the page states it without attributing it."),
        new EnumType("Modality", "How firmly a claim is stated.")
            .Value("ASSERTED", Modality.Asserted, "Stated as a fact.")
            .Value("POSSIBLE", Modality.Possible, "Stated as possible: can, may, might.")
            .Value("FUTURE", Modality.Future, "Stated as yet to happen: will, planned, expected."),
        new EnumType("ClaimKind", "The three kinds of curated claim.")
            .Value("STATEMENT", ClaimKind.Statement, "An attributed statement: a speaker and what they said.")
            .Value("RELATION", ClaimKind.Relation, "A typed relation between two entities (holds-role, part-of, member-of, …).")
            .Value("QUANTITY", ClaimKind.Quantity, "A number with metric, qualifier, unit, baseline and as-of date."),
        new EnumType("ClaimRole", "The part an entity plays in a claim; entities a statement is about count as objects.")
            .Value("ANY", ClaimRole.Any)
            .Value("SUBJECT", ClaimRole.Subject)
            .Value("OBJECT", ClaimRole.Object)
            .Value("SPEAKER", ClaimRole.Speaker),
        new EnumType("RelationshipDirection", "Which edges of an entity to follow.")
            .Value("BOTH", KnowledgeDirection.Both)
            .Value("OUTGOING", KnowledgeDirection.Outgoing, "Edges the entity starts (it is the subject).")
            .Value("INCOMING", KnowledgeDirection.Incoming, "Edges that end at the entity."),
        new EnumType("QuantityQualifier", "How a source qualifies a number (\"more than 200\").")
            .Value("EXACTLY", QuantityQualifier.Exactly)
            .Value("MORE_THAN", QuantityQualifier.MoreThan)
            .Value("AT_LEAST", QuantityQualifier.AtLeast)
            .Value("ABOUT", QuantityQualifier.About)
            .Value("LESS_THAN", QuantityQualifier.LessThan)
            .Value("AT_MOST", QuantityQualifier.AtMost),
        new EnumType("OrderDirection", "ASC is the documented order; DESC reverses it entirely, tie-breaker included.")
            .Value("ASC", OrderDirection.Ascending)
            .Value("DESC", OrderDirection.Descending),
        new EnumType("EntityOrderField", "Orders of entity lists; every order breaks ties by id (ordinal).")
            .Value("NAME", StoreEntityOrder.Name, "By the name folded for search (case, diacritics and Arabic letter variants removed), then id.")
            .Value("ID", StoreEntityOrder.Id, "By id, ordinal.")
            .Value("MENTIONS", StoreEntityOrder.MentionCount, "Most mentioned first, then id."),
        new EnumType("ClaimOrderField", "Orders of claim lists; every order breaks ties by id (ordinal).")
            .Value("ID", StoreClaimOrder.Id, "By id, ordinal.")
            .Value("DATE", StoreClaimOrder.Date, "By the claim's date, else its source's publication date; undated claims last; then id.")
            .Value("SOURCE", StoreClaimOrder.Source, "By source id, then id."),
        new EnumType("TimelineItemKind", "What a timeline item is.")
            .Value("EVENT", TimelineItemKind.Event)
            .Value("CLAIM", TimelineItemKind.Claim),
    ];
}
