using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// One response key of a collected selection set on a concrete object type: the merged field nodes and the field
/// they select (GraphQL spec §6.3.2 "Field Collection"). Cached per request so list items share one plan.
/// </summary>
internal sealed class FieldPlan(string responseKey, List<FieldNode> fieldNodes, FieldDefinition? definition, bool isTypename)
{
    public string ResponseKey { get; } = responseKey;

    public List<FieldNode> FieldNodes { get; } = fieldNodes;

    public FieldNode FieldNode => FieldNodes[0];

    /// <summary>The selected field, or null for <c>__typename</c> and for fields the type does not define.</summary>
    public FieldDefinition? Definition { get; } = definition;

    public bool IsTypename { get; } = isTypename;
}

/// <summary>The collected fields of one selection set on one object type, with the response keys in order.</summary>
internal sealed class SelectionPlan(string[] keys, FieldPlan[] fields)
{
    public string[] Keys { get; } = keys;

    public FieldPlan[] Fields { get; } = fields;
}
