using GraphApi.Bolt.Protocol;

namespace GraphApi.Bolt;

public sealed partial class AsyncSession
{
    /// <summary>
    /// Runs independent queries as auto-commit transactions pipelined on one connection: every RUN and its PULL of
    /// all records go out in one flush, so the batch costs one round trip (Bolt message specification, "pipelining";
    /// a RUN after a PULL of everything is accepted in every version, because the earlier result is finished first).
    /// Returns each query's records, in the order given. When a query fails, the server ignores the ones after it
    /// (the connection recovers with RESET) and its error is thrown: the batch succeeds or fails whole.
    /// </summary>
    internal async Task<IReadOnlyList<IReadOnlyList<Record>>> RunPipelinedAsync(IReadOnlyList<(string Query, object? Parameters)> queries, CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        var bookmarks = await BookmarksForNextAsync(cancellationToken).ConfigureAwait(false);
        var mode = _config.DefaultAccessMode;
        var connection = await AcquireAsync(mode, bookmarks, cancellationToken).ConfigureAwait(false);
        var format = connection.Format;
        var batch = new List<(string Query, IReadOnlyDictionary<string, object?> Parameters)>(queries.Count);
        try
        {
            var extra = format.TransactionExtra(new TransactionParameters(
                bookmarks, mode, _database, _config.ImpersonatedUser, TransactionConfig.Empty, _config.Notifications));
            foreach (var (query, parameters) in queries)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(query);
                var values = QueryParameters.From(parameters);
                connection.Enqueue(format.Run(query, values, extra));
                connection.Enqueue(format.Pull(-1));
                batch.Add((query, values));
            }
        }
        catch (ArgumentException ex)
        {
            // Earlier queries of the batch are queued but unsent: the connection is out of step and is not reused.
            await connection.BreakAsync(ex).ConfigureAwait(false);
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }

        var results = new List<IReadOnlyList<Record>>(batch.Count);
        try
        {
            foreach (var (query, values) in batch)
            {
                connection.StartAutoCommit();
                var cursor = new ResultCursor(connection, query, values, -1, async (summary, _) =>
                {
                    if (summary?.Bookmark is { } bookmark)
                    {
                        await ReplaceBookmarksAsync(bookmarks, bookmark, CancellationToken.None).ConfigureAwait(false);
                    }

                    connection.CompleteResult();
                });

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
