using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;

namespace GraphApi.Schema.Types;

/// <summary>The <c>Node</c> interface (Relay global object identification) and the <c>Entity</c> interface.</summary>
internal static class NodeInterfaces
{
    public static InterfaceType Node() => new InterfaceType("Node", "Anything with a global id: an entity, a claim or a source. Ids are the store's (person/habboub, claim/…, source/…). Every id in this schema, on any type, starts with its kind (person/, claim/, rel/, edge/, role/, mention/, evidence/, conflict/, …), so no two objects of different types share one.")
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

    /// <summary>The GraphQL object type of a store node: its <see cref="NodeKind"/>, whose names are the schema's type names.</summary>
    public static string? TypeNameOf(object value) => value is IGraphNode node ? node.NodeKind.ToString() : null;
}
