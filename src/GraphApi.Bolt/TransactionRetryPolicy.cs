using System.Diagnostics;

namespace GraphApi.Bolt;

/// <summary>
/// Retries managed transactions on transient errors with bounded exponential backoff and jitter, until the
/// maximum retry time has passed (the official drivers' retry logic). Security and client errors fail at once.
/// The budget and the delays run on real time: a test clock must not stall or stretch a retry.
/// A delay cut short to what is left of the budget makes the attempt after it the last one, whatever the clock
/// reads when it fails: a timer firing a millisecond early must not buy one more attempt with no delay at all.
/// </summary>
internal sealed class TransactionRetryPolicy(DriverOptions options)
{
    public async Task<T> ExecuteAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var delay = options.RetryInitialDelay;
        var last = false;
        while (true)
        {
            try
            {
                return await attempt().ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (ex.IsTransient && !last && clock.Elapsed < options.MaxTransactionRetryTime)
            {
                var spread = 1 + (options.RetryDelayJitter * ((Random.Shared.NextDouble() * 2) - 1));
                var wait = TimeSpan.FromTicks((long)(delay.Ticks * spread));
                var left = options.MaxTransactionRetryTime - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    // The budget ran out between the filter's check and now (a loaded machine): the error stands,
                    // rather than Task.Delay failing on a negative wait with an ArgumentOutOfRangeException.
                    throw;
                }

                if (wait >= left)
                {
                    wait = left;
                    last = true;
                }

                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks((long)(delay.Ticks * options.RetryDelayMultiplier));
            }
        }
    }
}
