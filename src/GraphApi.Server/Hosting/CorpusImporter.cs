using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Server.Access;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Imports the corpus into the store, one import at a time. The pipeline validates the whole corpus before the
/// store is touched, so a bad file leaves the previous graph serving; the store swaps the new graph in atomically.
/// </summary>
public sealed partial class CorpusImporter(
    IKnowledgeStore store,
    IOptions<KnowledgeGraphOptions> options,
    IConfiguration configuration,
    IOptions<AccessControlOptions> access,
    TimeProvider clock,
    ILogger<CorpusImporter> logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The last import's outcome, for readiness and the admin endpoint.</summary>
    public ImportStatus LastStatus { get; private set; } = ImportStatus.NotStarted;

    /// <summary>The corpus folder, or null when none is configured and no <c>seeds/</c> is found.</summary>
    public string? CorpusDirectory =>
        CorpusLocator.Locate(configuredPath: options.Value.Seeds ?? configuration[CorpusLocator.ConfigurationKey]) is { } path
            ? Path.GetFullPath(path)
            : null;

    public async Task<ImportStatus> ImportAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            LastStatus = await ImportCoreAsync(cancellationToken).ConfigureAwait(false);
            return LastStatus;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ImportStatus> ImportCoreAsync(CancellationToken cancellationToken)
    {
        var corpus = CorpusDirectory;
        if (corpus is null)
        {
            LogNoCorpus(logger, CorpusLocator.EnvironmentVariable);
            return ImportStatus.Failed(["no corpus folder: set GRAPHAPI_SEEDS or GraphApi:Seeds"]);
        }

        var started = TimeProvider.System.GetTimestamp();
        var outcome = await new ImportPipeline(new ImportOptions { Extract = options.Value.Extraction }).ImportCorpusAsync(corpus, cancellationToken).ConfigureAwait(false);
        if (outcome.Graph is not { } graph)
        {
            var errors = outcome.Errors.Select(e => e.ToString()).ToList();
            foreach (var error in errors)
            {
                LogImportError(logger, error);
            }

            return ImportStatus.Failed(errors);
        }

        try
        {
            await store.ReplaceGraphAsync(graph, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException e)
        {
            // Each source is written whole or not at all; the next import (retry, watcher or admin) completes it.
            LogStoreUnavailable(logger, e.Message);
            return ImportStatus.Failed(["the store is unavailable: " + e.Message], storeUnavailable: true);
        }

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        LogImported(logger, corpus, graph.Sources.Count, graph.Entities.Count, graph.Claims.Count, graph.Mentions.Count, elapsed.TotalMilliseconds);
        if (!access.Value.IsEnabled)
        {
            var now = clock.GetUtcNow();
            var hidden = graph.Sources.Count(s => s.Visibility == SourceVisibility.Internal || s.EmbargoUntil > now);
            if (hidden > 0)
            {
                LogHiddenFromEveryone(logger, hidden);
            }
        }

        return ImportStatus.Imported(graph.Run.Id, graph.Sources.Count, graph.Entities.Count, graph.Claims.Count);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No corpus folder found; set {Variable} or GraphApi:Seeds.")]
    private static partial void LogNoCorpus(ILogger logger, string variable);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import refused, the previous graph stays: {Error}")]
    private static partial void LogImportError(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import not written, the store is unavailable: {Reason}")]
    private static partial void LogStoreUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} sources are internal or under embargo, and no authentication is configured (GRAPHAPI_AUTH_AUTHORITY or GRAPHAPI_AUTH_SIGNING_KEY): every caller is anonymous, so nobody can read them.")]
    private static partial void LogHiddenFromEveryone(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Corpus}: {Sources} sources, {Entities} entities, {Claims} claims, {Mentions} mentions in {Milliseconds:F0} ms.")]
    private static partial void LogImported(ILogger logger, string corpus, int sources, int entities, int claims, int mentions, double milliseconds);
}
