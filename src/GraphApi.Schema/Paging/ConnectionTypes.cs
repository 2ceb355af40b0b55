using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema.Paging;

/// <summary>
/// Relay connections (GraphQL Cursor Connections Specification): <c>XConnection { edges { cursor node } nodes pageInfo totalCount }</c>
/// over a store <see cref="Page{T}"/>, and the shared <c>PageInfo</c>.
/// </summary>
internal static class ConnectionTypes
{
    /// <param name="listName">Names the connection and edge types (<c>{listName}Connection</c>, <c>{listName}Edge</c>); the node type's name when omitted.</param>
    /// <param name="edgeFields">Adds the fields that belong to the edge rather than to the node (Relay: data about the connection between two objects).</param>
    public static IEnumerable<NamedType> For<T>(string nodeTypeName, string? listName = null, Func<ObjectType, ObjectType>? edgeFields = null)
    {
        var node = new TypeReference(nodeTypeName);
        listName ??= nodeTypeName;
        var edge = new ObjectType($"{listName}Edge", $"A {nodeTypeName} in a connection, with the cursor to resume after it.")
            .Field("cursor", ScalarType.String.AsNonNull(), c => ((PageEdge<T>)c.Source!).Cursor, description: "Opaque; pass it as after or before.")
            .Field("node", node.AsNonNull(), c => ((PageEdge<T>)c.Source!).Node);
        edge = edgeFields?.Invoke(edge) ?? edge;
        var connection = new ObjectType($"{listName}Connection", $"A page of {nodeTypeName} items in the list's documented order: the first {PageArguments.DefaultPageSize} when the field is given neither first nor last.")
            .Field("edges", new TypeReference(edge.Name).AsNonNull().AsList().AsNonNull(), c => ((Page<T>)c.Source!).Edges)
            .Field("nodes", node.AsNonNull().AsList().AsNonNull(), c => ((Page<T>)c.Source!).Edges.Select(e => e.Node).ToList(), description: "The edges' nodes, for clients that need no cursors.")
            .Field("pageInfo", new TypeReference("PageInfo").AsNonNull(), c => PageInfoValue.Of((Page<T>)c.Source!))
            .Field("totalCount", ScalarType.Int.AsNonNull(), c => ((Page<T>)c.Source!).TotalCount, description: "Items matching the filter, before paging.");
        return [connection, edge];
    }

    public static ObjectType PageInfo() => new ObjectType("PageInfo", "Where a page sits in its list (Relay).")
        .Field("hasNextPage", ScalarType.Boolean.AsNonNull(), c => ((PageInfoValue)c.Source!).HasNextPage)
        .Field("hasPreviousPage", ScalarType.Boolean.AsNonNull(), c => ((PageInfoValue)c.Source!).HasPreviousPage)
        .Field("startCursor", ScalarType.String, c => ((PageInfoValue)c.Source!).StartCursor)
        .Field("endCursor", ScalarType.String, c => ((PageInfoValue)c.Source!).EndCursor);
}
