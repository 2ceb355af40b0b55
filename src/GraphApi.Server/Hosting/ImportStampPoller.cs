using System.Diagnostics;
using GraphApi.Knowledge.Neo4j;
using GraphApi.Knowledge.Stores;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Hosting;

/// <summary>
/// On Neo4j, reads the partition's import stamp at start-up and every <see cref="Neo4jOptions.StampPollInterval"/>
/// and, when an import by any process has finished since, has the store build what it keeps in memory (the search
/// indexes: entity names, claim texts, source titles and passages) in the background, never on a request path.
/// Readiness is 503 until the first build is whole (<see cref="KnowledgeGraphReadinessCheck"/>); later the old indexes
/// serve until the new ones are built, so readiness stays 200 throughout; Neo4j being away only delays it.
/// </summary>
public sealed partial class ImportStampPoller(
    IServiceProvider services,
    IOptions<KnowledgeGraphOptions> graphOptions,
    IOptions<Neo4jOptions> options,
    ILogger<ImportStampPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!graphOptions.Value.IsNeo4j)
        {
            return;
        }

        var store = services.GetRequiredService<Neo4jKnowledgeStore>();
        var interval = options.Value.StampPollInterval;
        if (interval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Neo4j:StampPollInterval (NEO4J_STAMP_POLL_INTERVAL) must be positive; it is {interval}.");
        }

        using var timer = new PeriodicTimer(interval);
        var built = store.SearchIndexStamp is not null;
        do
        {
            try
            {
                var clock = Stopwatch.StartNew();
                if (await store.RefreshAsync(stoppingToken).ConfigureAwait(false))
                {
                    if (built)
                    {
                        LogRefreshed(logger, store.Partition, store.SearchIndexStamp ?? "none", clock.ElapsedMilliseconds);
                    }
                    else
                    {
                        LogBuilt(logger, store.Partition, store.SearchIndexStamp ?? "none", clock.ElapsedMilliseconds);
                    }

                    built = true;
                }
            }
            catch (StoreUnavailableException e)
            {
                LogUnavailable(logger, e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j partition '{Partition}' has a new import (stamp {Stamp}); the search indexes were rebuilt in {Milliseconds} ms.")]
    private static partial void LogRefreshed(ILogger logger, string partition, string stamp, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j partition '{Partition}' (import stamp {Stamp}): the search indexes were built in {Milliseconds} ms.")]
    private static partial void LogBuilt(ILogger logger, string partition, string stamp, long milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The import stamp could not be read: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
