namespace GraphApi.Bolt.Tests.RealServer;

/// <summary>
/// A pooled connection never carries a transaction into the next unit of work, whatever ended the last one: a COMMIT
/// that failed, a failing statement, an exception in the caller's code, a cancellation mid-stream. On Neo4j 3.1 (Bolt 1)
/// a leftover transaction shows as "Nested transactions are not supported" on the next BEGIN; that is what an import on
/// the real server once hit.
/// </summary>
public sealed class TransactionHygieneTests
{
    /// <summary>
    /// Deleting a node that still has relationships passes its statement and fails at COMMIT on Neo4j 3.x. Bolt 1's
    /// ACK_FAILURE leaves the server's transaction open; on a pool of one connection the next transaction gets that
    /// connection and must still begin.
    /// </summary>
    [Fact]
    public async Task A_transaction_whose_commit_failed_leaves_a_connection_the_next_transaction_can_use()
    {
        var label = RealNeo4j.UniqueLabel();
        await using var driver = RealNeo4j.Driver(o => o.MaxConnectionPoolSize = 1);
        try
        {
            await WriteAsync(driver, $"CREATE (:{label} {{name: 'hub'}})-[:LINKS]->(:{label} {{name: 'leaf'}})");

            var error = await Assert.ThrowsAsync<Neo4jException>(() => WriteAsync(driver, $"MATCH (n:{label} {{name: 'hub'}}) DELETE n"));
            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);

            await WriteAsync(driver, $"CREATE (:{label} {{name: 'after'}})");
            Assert.Equal(["after", "hub", "leaf"], await NamesAsync(driver, label));
            Assert.Equal(1, driver.Metrics.ConnectionsOpened);
        }
        finally
        {
            await WriteAsync(driver, $"MATCH (n:{label}) DETACH DELETE n");
        }
    }

    /// <summary>
    /// Many concurrent write transactions on a small pool, each ending one way: committed, failed at COMMIT, failed in a
    /// statement, thrown out of by the caller with a result still streaming, or canceled while reading. Afterwards every
    /// connection serves transactions again, and exactly the committed writes are stored.
    /// </summary>
    [Fact]
    public async Task Concurrent_transactions_ending_in_every_way_leave_no_transaction_behind()
    {
        const int Rounds = 50;
        var label = RealNeo4j.UniqueLabel();
        await using var driver = RealNeo4j.Driver(o => o.MaxConnectionPoolSize = 4);
        try
        {
            await WriteAsync(driver, $"CREATE (:{label}Hub {{name: 'hub'}})-[:LINKS]->(:{label}Hub {{name: 'leaf'}})");
            var outcomes = await Task.WhenAll(Enumerable.Range(0, Rounds).Select(i => EndOneWayAsync(driver, label, i)));

            var committed = Enumerable.Range(0, Rounds).Where(i => outcomes[i] == "committed").Select(i => $"w{i}").Order(StringComparer.Ordinal);
            Assert.Equal(committed, await NamesAsync(driver, label));
            Assert.Equal(Rounds / 5, outcomes.Count(o => o == "commit failed"));
            Assert.Equal(Rounds / 5, outcomes.Count(o => o == "statement failed"));

            // More transactions than connections, at once: every pooled connection is handed out and must begin cleanly.
            await Task.WhenAll(Enumerable.Range(0, 12).Select(i => WriteAsync(driver, $"CREATE (:{label} {{name: 'z{i:00}'}})")));
            Assert.Equal(12, (await NamesAsync(driver, label)).Count(n => n.StartsWith('z')));
        }
        finally
        {
            await WriteAsync(driver, $"MATCH (n:{label}) DETACH DELETE n");
            await WriteAsync(driver, $"MATCH (n:{label}Hub) DETACH DELETE n");
        }
    }

    private static async Task<string> EndOneWayAsync(BoltDriver driver, string label, int i)
    {
        await using var session = driver.AsyncSession();
        try
        {
            using var cancel = new CancellationTokenSource();
            await session.ExecuteWriteAsync(async tx =>
            {
                await (await tx.RunAsync($"CREATE (:{label} {{name: $name}})", new { name = $"w{i}" })).ConsumeAsync();
                switch (i % 5)
                {
                    case 1:
                        // Passes as a statement, fails at COMMIT: the hub still has its relationship.
                        await (await tx.RunAsync($"MATCH (n:{label}Hub {{name: 'hub'}}) DELETE n")).ConsumeAsync();
                        break;
                    case 2:
                        await tx.RunAsync("RETURN 1 +");
                        break;
                    case 3:
                        var open = await tx.RunAsync("UNWIND range(1, 100000) AS x RETURN x");
                        await open.FetchAsync();
                        throw new InvalidOperationException("the caller gave up");
                    case 4:
                        var streaming = await tx.RunAsync("UNWIND range(1, 200000) AS x RETURN x");
                        await cancel.CancelAsync();
                        await streaming.ToListAsync(cancel.Token);
                        break;
                }
            });
            return "committed";
        }
        catch (Neo4jException ex) when (ex.Code == "Neo.ClientError.Schema.ConstraintValidationFailed")
        {
            return "commit failed";
        }
        catch (Neo4jException ex) when (ex.Code == "Neo.ClientError.Statement.SyntaxError")
        {
            return "statement failed";
        }
        catch (InvalidOperationException)
        {
            return "thrown";
        }
        catch (OperationCanceledException)
        {
            return "canceled";
        }
    }

    private static async Task WriteAsync(BoltDriver driver, string query)
    {
        await using var session = driver.AsyncSession();
        await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync(query)).ConsumeAsync());
    }

    private static async Task<List<string>> NamesAsync(BoltDriver driver, string label)
    {
        var records = await driver.ExecuteQueryAsync($"MATCH (n:{label}) RETURN n.name AS name ORDER BY name");
        return [.. records.Select(r => r.Get<string>("name"))];
    }
}
