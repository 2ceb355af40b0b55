namespace GraphApi.Knowledge.Model;

/// <summary>
/// Every kind of node the graph holds. The names are the exact spellings used in exports (<c>--json</c>, GraphML)
/// and by the GraphQL schema, so they must not be renamed.
/// </summary>
public enum NodeKind
{
    Person,
    Institution,
    Event,
    Place,
    Program,
    Claim,
    Source,
    Document,
}
