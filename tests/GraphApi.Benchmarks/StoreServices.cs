using GraphApi.Knowledge.Stores;

namespace GraphApi.Benchmarks;

/// <summary>The request services the schema's resolvers read their store from.</summary>
internal sealed class StoreServices(IKnowledgeStore store) : IServiceProvider
{
    public object? GetService(Type serviceType) => serviceType == typeof(IKnowledgeStore) ? store : null;
}
