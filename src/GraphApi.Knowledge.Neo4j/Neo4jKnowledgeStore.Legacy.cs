using System.Diagnostics;
using System.Globalization;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// A partition written by earlier versions holds one generic <c>:KgNode</c> per record, its record as a JSON string.
/// An import finds it (under the import lock, before writing anything) and removes it whole: its run first, so that the
/// partition stops reporting a graph, then the rest in transactions of <see cref="Neo4jStoreOptions.WriteBatchSize"/>
/// nodes. Only then does the import write the property graph. An interrupted removal resumes at the next import, so a
/// partition is never half old and half new.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    private async Task RemoveLegacyLayoutAsync(CypherQueries q, ImportLease lease, CancellationToken cancellationToken)
    {
        var count = RowReader.Long((await ReadAsync(q.Imports.LegacyCount, Parameters(), cancellationToken).ConfigureAwait(false))[0], "count");
        if (count == 0)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        LogLegacyLayoutFound(logger, options.Partition, count);
        await WriteAsync([new(q.Imports.DeleteLegacyRun, Parameters()), lease.Guard()], cancellationToken).ConfigureAwait(false);
        var batch = Parameters("batch", (long)options.WriteBatchSize);
        while (true)
        {
            await WriteAsync([new(q.Imports.DeleteLegacyBatch, batch), lease.Guard()], cancellationToken).ConfigureAwait(false);
            var left = RowReader.Long((await ReadAsync(q.Imports.LegacyCount, Parameters(), cancellationToken).ConfigureAwait(false))[0], "count");
            if (left == 0)
            {
                break;
            }
        }

        LogLegacyLayoutRemoved(logger, options.Partition, count, clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
    }
}
