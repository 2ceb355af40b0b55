using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Tests.Stores;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>The store contract for extracted knowledge (candidates, review state) against the real Neo4j 3.1.1.</summary>
public sealed class Neo4jExtractionStoreContractTests : ExtractionStoreContractTests
{
    protected override Task<IKnowledgeStore> CreateEmptyStoreAsync() => Task.FromResult<IKnowledgeStore>(RealServer.Store());
}
