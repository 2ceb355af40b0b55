using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;

namespace GraphApi.Schema.Types;

/// <summary>The <c>Node</c> interface (Relay global object identification) and the <c>Entity</c> interface.</summary>
internal static class NodeInterfaces
{
    public static InterfaceType Node() => new InterfaceType("Node", "Anything with a global id: an entity, a claim or a source. Ids are the store's (person/habboub, claim/…, source/…, document/…).")
    {
        ResolveType = (value, _) => TypeNameOf(value),
    }.Field("id", ScalarType.ID.AsNonNull());

    public static InterfaceType Entity()
    {
        var entity = new InterfaceType("Entity", "A curated person, institution, event, place, programme or document.")
        {
            ResolveType = (value, _) => TypeNameOf(value),
        };
        entity.Implements(new TypeReference("Node"));
        EntityFields.AddTo(entity);
        return entity;
    }

    public static string? TypeNameOf(object value) => value switch
    {
        Knowledge.Model.Entity e => TypeNameOf(e.Kind),
        Claim => "Claim",
        Source => "Source",
        _ => null,
    };

    /// <summary>The object type of each entity kind; an unknown kind is a programming error, never a silent Program.</summary>
    public static string TypeNameOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Institution => "Institution",
        EntityKind.Event => "Event",
        EntityKind.Place => "Place",
        EntityKind.Program => "Program",
        EntityKind.Document => "Document",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an entity kind."),
    };
}
