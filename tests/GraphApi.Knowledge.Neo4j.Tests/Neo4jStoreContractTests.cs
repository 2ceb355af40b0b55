using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Tests.Stores;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>The store contract every <see cref="IKnowledgeStore"/> keeps, run against the real Neo4j 3.1.1 (Bolt v1).</summary>
public sealed class Neo4jStoreContractTests : KnowledgeStoreContractTests
{
    protected override Task<IKnowledgeStore> CreateEmptyStoreAsync() => Task.FromResult<IKnowledgeStore>(RealServer.Store());
}
