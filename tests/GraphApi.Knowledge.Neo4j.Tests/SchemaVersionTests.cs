using GraphApi.Bolt;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// The schema statements run once per database and schema version: a store that finds the version's marker takes no
/// schema lock, and one that races another store's schema statement tries it again (docs/graph-model.md,
/// <c>:SchemaVersion</c>).
/// </summary>
public sealed class SchemaVersionTests
{
    private static readonly CypherQueries Q = CypherQueries.Neo4j3;

    [Fact]
    public async Task A_new_database_gets_every_schema_statement_and_then_the_marker()
    {
        var runner = new RecordingCypherRunner();
        await using var store = Store(runner);

        await store.ReplaceGraphAsync(StoreCalls.EveryShape("value"));

        var sent = runner.Queries.ToList();
        var schema = sent.Where(Q.Schema.Contains).ToList();
        Assert.Equal(Q.Schema, schema);
        var marked = sent.FindIndex(q => q == Q.Imports.MarkSchema);
        Assert.True(marked > sent.FindLastIndex(Q.Schema.Contains), "the marker is written after the last schema statement");
        Assert.Equal(Q.SchemaDigest, runner.Sent.Single(s => s.Query == Q.Imports.MarkSchema).Parameters["digest"]);
    }

    [Fact]
    public async Task A_database_marked_with_this_schema_takes_no_schema_statement()
    {
        var runner = new RecordingCypherRunner(script: (q, query) =>
            query == q.Imports.SchemaMarked ? [new Dictionary<string, object?> { ["digest"] = q.SchemaDigest }] : null);
        await using var store = Store(runner);

        await store.ReplaceGraphAsync(StoreCalls.EveryShape("value"));

        Assert.Contains(Q.Imports.SchemaMarked, runner.Queries);
        Assert.DoesNotContain(runner.Queries, q => Q.Schema.Contains(q) || q == Q.Imports.MarkSchema);
        Assert.Contains(runner.Queries, q => q == Q.Imports.UpsertRun);
    }

    [Fact]
    public async Task A_schema_statement_that_deadlocks_with_another_stores_is_tried_again()
    {
        var recording = new RecordingCypherRunner();
        var runner = new DeadlockingRunner(recording, Q.Schema[0], failures: 3);
        await using var store = Store(runner);

        await store.ReplaceGraphAsync(StoreCalls.EveryShape("value"));

        Assert.Equal(4, runner.Attempts);
        Assert.Contains(Q.Imports.MarkSchema, recording.Queries);
        Assert.Contains(Q.Imports.UpsertRun, recording.Queries);
    }

    private static Neo4jKnowledgeStore Store(ICypherRunner runner) =>
        new(runner, new Neo4jStoreOptions { Uri = new Uri("bolt://127.0.0.1:1"), Partition = "schema" });

    /// <summary>Fails a statement with Neo4j's deadlock error the first times it is sent, as a concurrent schema change does.</summary>
    private sealed class DeadlockingRunner(ICypherRunner inner, string statement, int failures) : ICypherRunner
    {
        public int Attempts { get; private set; }

        public long RoundTrips => inner.RoundTrips;

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
            inner.ReadAsync(query, parameters, cancellationToken);

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            if (statements.Any(s => s.Query == statement) && ++Attempts <= failures)
            {
                throw new Neo4jException(
                    "Neo.TransientError.Transaction.DeadlockDetected",
                    "LockClient[2] can't wait on resource RWLock[SCHEMA(0)] since => LockClient[2] <-[:HELD_BY]- RWLock[SCHEMA(0)] <-[:WAITING_FOR]- LockClient[1]");
            }

            return inner.WriteAsync(statements, cancellationToken);
        }

        public Task<string> GetServerAgentAsync(CancellationToken cancellationToken) => inner.GetServerAgentAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
