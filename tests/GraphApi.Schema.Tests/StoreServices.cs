using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema.Tests;

/// <summary>The smallest request service provider: it only knows the store, which is all the schema asks for.</summary>
internal sealed class StoreServices(IKnowledgeStore store) : IServiceProvider
{
    public object? GetService(Type serviceType) => serviceType == typeof(IKnowledgeStore) ? store : null;
}
