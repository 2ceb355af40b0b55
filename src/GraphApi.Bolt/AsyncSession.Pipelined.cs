using GraphApi.Bolt.Connections;

namespace GraphApi.Bolt;

public sealed partial class AsyncSession
{
    /// <summary>
    /// Runs independent queries as auto-commit transactions pipelined on one connection: every RUN and its PULL of
    /// all records go out in one flush, so the batch costs one round trip (Bolt message specification, "pipelining";
    /// a RUN after a PULL of everything is accepted in every version, because the earlier result is finished first).
    /// Returns each query's records, in the order given. When a query fails, the server ignores the ones after it
    /// (the connection recovers with RESET or ACK_FAILURE) and its error is thrown: the batch succeeds or fails whole.
    /// </summary>
    internal async Task<IReadOnlyList<IReadOnlyList<Record>>> RunPipelinedAsync(IReadOnlyList<(string Query, object? Parameters)> queries, CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        var connection = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var format = connection.Format;
        try
        {
            foreach (var (query, parameters) in queries)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(query);
                connection.Enqueue(format.Run(
                    query,
                    QueryParameters.From(parameters),
                    format.TransactionExtra(_bookmarks, _config.DefaultAccessMode, _config.Database)));
                connection.Enqueue(format.Pull(-1));
            }
        }
        catch (ArgumentException ex)
        {
            // Earlier queries of the batch are queued but unsent: the connection is out of step and is not reused.
            connection.Break(ex);
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }

        var results = new List<IReadOnlyList<Record>>(queries.Count);
        try
        {
            foreach (var (query, _) in queries)
            {
                connection.State = ConnectionState.Streaming;
                var cursor = new ResultCursor(connection, query, -1, (summary, _) =>
                {
                    if (summary?.Bookmark is { } bookmark)
                    {
                        _bookmarks = [bookmark];
                    }

                    if (connection.State == ConnectionState.Streaming)
                    {
                        connection.State = ConnectionState.Ready;
                    }

                    return ValueTask.CompletedTask;
                });
                connection.OpenResult = cursor;

                // The first start flushes the whole batch; the others find nothing left to send.
                await cursor.StartAsync(cancellationToken).ConfigureAwait(false);
                results.Add(await cursor.ToListAsync(cancellationToken).ConfigureAwait(false));
            }
        }
        finally
        {
            await ReleaseAsync().ConfigureAwait(false);
        }

        return results;
    }
}
