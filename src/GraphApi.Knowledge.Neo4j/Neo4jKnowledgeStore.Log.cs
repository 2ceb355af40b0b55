using Microsoft.Extensions.Logging;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>The store's log lines: imports, the import lock and the rebuild of an old layout.</summary>
public sealed partial class Neo4jKnowledgeStore
{
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Neo4j partition '{Partition}' holds {Count} nodes in the document layout of earlier versions (:KgNode with its record as JSON); removing them to rebuild the partition in the property-graph model (docs/graph-model.md).")]
    private static partial void LogLegacyLayoutFound(ILogger logger, string partition, long count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j partition '{Partition}': the {Count} nodes of the old layout are removed ({Seconds} s); writing the property graph.")]
    private static partial void LogLegacyLayoutRemoved(ILogger logger, string partition, long count, string seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j partition '{Partition}' is being imported by {Holder}; waiting for its import lock (its lease ends within {Seconds:F0} s unless renewed).")]
    private static partial void LogWaitingForLock(ILogger logger, string partition, string holder, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j partition '{Partition}' already holds this graph (written by {ImportedBy}); nothing to write.")]
    private static partial void LogAlreadyCurrent(ILogger logger, string partition, string importedBy);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j partition '{Partition}': wrote {Written} of {Sources} sources ({Removed} removed) in {Milliseconds} ms.")]
    private static partial void LogImported(ILogger logger, string partition, int written, int sources, int removed, long milliseconds);
}
