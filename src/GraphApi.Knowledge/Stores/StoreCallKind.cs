namespace GraphApi.Knowledge.Stores;

/// <summary>What a store call is for, as a <see cref="KnowledgeStoreDecorator"/> sees it.</summary>
public enum StoreCallKind
{
    /// <summary>A read that answers an API request (nodes, lists, search, relationships, …).</summary>
    Read,

    /// <summary>Keeping the store: readiness, health, replacing or exporting the graph.</summary>
    Maintenance,
}
