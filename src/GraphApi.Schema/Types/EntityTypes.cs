using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Types;

/// <summary>
/// The object types implementing <c>Entity</c>: Person, Institution, Event, Place, Program and Document, each with the shared
/// entity fields and its own. Related entities come from relationships (batched per tree level), ordered by id.
/// </summary>
internal static class EntityTypes
{
    public static IEnumerable<NamedType> Create() => [Person(), Institution(), Event(), Place(), Program(), Document()];

    private static ObjectType Person() => Base("Person", "A person named in the corpus.")
        .Field("roles", new TypeReference("RoleHeld").AsNonNull().AsList().AsNonNull(), resolveAsync: RoleHeldType.ResolveRolesAsync,
            description: "Roles and titles the sources give the person, one per institution and title, ordered by institution id then title. Different titles for one institution are conflicting or complementary readings, side by side; see conflicts.");

    private static ObjectType Institution() => Base("Institution", "An agency, ministry, outlet, international organisation, …")
        .Field("institutionType", ScalarType.String, c => Of(c).InstitutionType, description: "agency, ministry, outlet, … (free vocabulary of the knowledge format).")
        .Field("parent", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).ParentId).ConfigureAwait(false), description: "The entity this institution is a part or organ of.")
        .Field("subUnits", EntityList(), resolveAsync: async c => await KnowledgeLoaders.Related(c, Of(c).Id, ["part-of"], RelationshipDirection.Incoming).ConfigureAwait(false), description: "Entities that are part of this one, ordered by id.")
        .Field("leaders", EntityList(), resolveAsync: async c => await KnowledgeLoaders.Related(c, Of(c).Id, ["chair-of", "holds-role"], RelationshipDirection.Incoming).ConfigureAwait(false), description: "Entities that chair it or hold a role in it (see Person.roles for titles), ordered by id.")
        .Field("members", EntityList(), resolveAsync: async c => await KnowledgeLoaders.Related(c, Of(c).Id, ["member-of"], RelationshipDirection.Incoming).ConfigureAwait(false), description: "Entities that are members of it, ordered by id.")
        .Field("memberships", EntityList(), resolveAsync: async c => await KnowledgeLoaders.Related(c, Of(c).Id, ["member-of"], RelationshipDirection.Outgoing).ConfigureAwait(false), description: "Organisations this institution is a member of, ordered by id.");

    private static ObjectType Event() => Base("Event", "Something that happened, with its date and place.")
        .Field("date", ScalarType.String, c => Of(c).Date, description: "ISO date, YYYY-MM or YYYY, as precise as the sources allow.")
        .Field("datePrecision", ScalarType.String, c => Of(c).DatePrecision, description: "day, month or year.")
        .Field("place", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).PlaceId).ConfigureAwait(false))
        .Field("participants", EntityList(), resolveAsync: async c => await KnowledgeLoaders.Related(c, Of(c).Id, ["participant-in", "organised", "host-of", "chair-of"], RelationshipDirection.Incoming).ConfigureAwait(false), description: "Entities that took part in, organised, hosted or chaired it, ordered by id.")
        .Field("relatedEvents", new TypeReference("Event").AsNonNull().AsList().AsNonNull(), resolveAsync: async c =>
            (await KnowledgeLoaders.Related(c, Of(c).Id, [], RelationshipDirection.Both).ConfigureAwait(false)).Where(e => e.Kind == EntityKind.Event).ToList(),
            description: "Events linked to this one by any relationship, ordered by id.");

    private static ObjectType Place() => Base("Place", "A country, city or region.")
        .Field("parent", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).ParentId).ConfigureAwait(false), description: "The containing place.");

    private static ObjectType Program() => Base("Program", "A programme (Moussalaha, …).");

    private static ObjectType Document() => Base("Document", "A report or other document the articles cite. What it says: claims(role: SPEAKER), whose attribution is REPORTED.")
        .Field("publisher", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).PublisherId).ConfigureAwait(false), description: "The body that issued it; null when the articles do not say.");

    private static ObjectType Base(string name, string description)
    {
        var type = new ObjectType(name, description) { IsTypeOf = (value, _) => value is Entity e && NodeInterfaces.TypeNameOf(e) == name };
        type.Implements(new TypeReference("Node"));
        type.Implements(new TypeReference("Entity"));
        EntityFields.AddTo(type);
        return type;
    }

    private static GraphQLType EntityList() => new TypeReference("Entity").AsNonNull().AsList().AsNonNull();

    private static Entity Of(ResolveContext context) => (Entity)context.Source!;
}
