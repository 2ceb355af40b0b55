using Microsoft.Extensions.Options;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Imports the corpus when the server starts (unless <c>GRAPHAPI_IMPORT_ON_START=false</c>) and again whenever a file
/// of the corpus is added, changed or removed, after the folder has been quiet for the debounce period. When the store
/// is unavailable at start (Neo4j not up yet), the import is retried with a bounded backoff until it is written.
/// </summary>
public sealed partial class CorpusImportService(
    CorpusImporter importer,
    IOptions<KnowledgeGraphOptions> options,
    ILogger<CorpusImportService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.ImportOnStart)
        {
            var delay = TimeSpan.FromSeconds(1);
            while ((await importer.ImportAsync(stoppingToken).ConfigureAwait(false)).StoreUnavailable)
            {
                LogRetrying(logger, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.ImportRetryMaxDelay.Ticks));
            }
        }

        if (!settings.WatchCorpus || importer.CorpusDirectory is not { } corpus || !Directory.Exists(corpus))
        {
            return;
        }

        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(corpus)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Created += onChange;
        watcher.Changed += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        LogWatching(logger, corpus);

        while (!stoppingToken.IsCancellationRequested)
        {
            await changed.WaitAsync(stoppingToken).ConfigureAwait(false);

            // Debounce: wait until no event has arrived for the whole period, then import once.
            while (await changed.WaitAsync(settings.WatchDebounce, stoppingToken).ConfigureAwait(false))
            {
                while (changed.CurrentCount > 0)
                {
                    await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }

            LogReimporting(logger);
            await importer.ImportAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is unavailable; retrying the import in {Seconds} s.")]
    private static partial void LogRetrying(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Corpus} for changes.")]
    private static partial void LogWatching(ILogger logger, string corpus);

    [LoggerMessage(Level = LogLevel.Information, Message = "The corpus changed; re-importing.")]
    private static partial void LogReimporting(ILogger logger);
}
