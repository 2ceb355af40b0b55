namespace GraphApi.Bolt.Tests;

/// <summary>The retry budget of managed transactions, without a server: attempts are counted, not timed.</summary>
public sealed class RetryPolicyTests
{
    private static Neo4jException Transient(int attempt) =>
        new("Neo.TransientError.General.DatabaseUnavailable", $"down (attempt {attempt})");

    [Fact]
    public async Task A_delay_cut_to_the_end_of_the_budget_leaves_exactly_one_more_attempt()
    {
        // The first delay (10 s) is far beyond the budget, so it is cut to what is left; however early the timer fires,
        // the attempt after it is the last, and its error is the one the caller sees.
        var policy = new TransactionRetryPolicy(new DriverOptions
        {
            RetryInitialDelay = TimeSpan.FromSeconds(10),
            MaxTransactionRetryTime = TimeSpan.FromMilliseconds(200),
            RetryDelayJitter = 0,
        });
        var attempts = 0;

        for (var run = 0; run < 5; run++)
        {
            attempts = 0;
            var error = await Assert.ThrowsAsync<Neo4jException>(() => policy.ExecuteAsync<int>(
                () => throw Transient(++attempts), CancellationToken.None));
            Assert.Equal(2, attempts);
            Assert.Equal("down (attempt 2)", error.Message);
        }
    }

    [Fact]
    public async Task Short_delays_retry_until_the_work_succeeds()
    {
        var policy = new TransactionRetryPolicy(new DriverOptions
        {
            RetryInitialDelay = TimeSpan.FromMilliseconds(1),
            MaxTransactionRetryTime = TimeSpan.FromSeconds(30),
            RetryDelayJitter = 0,
        });
        var attempts = 0;

        var result = await policy.ExecuteAsync(
            () => ++attempts < 4 ? throw Transient(attempts) : Task.FromResult(attempts), CancellationToken.None);

        Assert.Equal(4, result);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var policy = new TransactionRetryPolicy(new DriverOptions { RetryInitialDelay = TimeSpan.FromMilliseconds(1) });
        var attempts = 0;

        await Assert.ThrowsAsync<Neo4jException>(() => policy.ExecuteAsync<int>(
            () =>
            {
                attempts++;
                throw new Neo4jException("Neo.ClientError.Statement.SyntaxError", "bad");
            },
            CancellationToken.None));

        Assert.Equal(1, attempts);
    }
}
