using System.Diagnostics;
using GraphApi.GraphQL.Errors;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Wraps a store so that every call is counted and timed (<c>graphapi.store.calls</c>, <c>graphapi.store.duration</c>)
/// and traced as a span. For API requests, a <see cref="StoreUnavailableException"/> becomes a GraphQL error with the
/// code <see cref="StoreUnavailableCode"/> (no stack trace, no server address), and so does a read that takes longer
/// than <paramref name="readTimeout"/> (a frozen or overloaded Neo4j): the read is canceled, which also closes its
/// connection, whose state is then unknown. Imports, exports and health checks are not bounded here.
/// <see cref="CallCount"/> lets tests prove that the API makes a bounded number of store calls.
/// </summary>
public sealed class InstrumentedKnowledgeStore(IKnowledgeStore inner, TimeSpan? readTimeout = null) : KnowledgeStoreDecorator(inner)
{
    private long callCount;

    /// <summary>The <c>extensions.code</c> of the error a request gets while the store cannot be reached.</summary>
    public const string StoreUnavailableCode = "STORE_UNAVAILABLE";

    /// <summary>The number of store calls made so far through this wrapper.</summary>
    public long CallCount => Interlocked.Read(ref callCount);

    protected override async Task<T> InvokeAsync<T>(string operation, StoreCallKind kind, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        Interlocked.Increment(ref callCount);
        var tag = new KeyValuePair<string, object?>("operation", operation);
        KnowledgeGraphTelemetry.StoreCalls.Add(1, tag);
        using var activity = KnowledgeGraphTelemetry.ActivitySource.StartActivity("store " + operation, ActivityKind.Client);
        var started = Stopwatch.GetTimestamp();
        var bound = kind == StoreCallKind.Read ? readTimeout : null;
        using var deadline = bound is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (bound is { } limit)
        {
            deadline!.CancelAfter(limit);
        }

        try
        {
            return await call(deadline?.Token ?? cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            throw Unavailable(activity, new StoreUnavailableException(
                $"The store did not answer {operation} within {bound!.Value.TotalSeconds:0.###} s (Neo4j:QueryTimeout).", e));
        }
        catch (StoreUnavailableException e) when (kind == StoreCallKind.Read)
        {
            throw Unavailable(activity, e);
        }
        finally
        {
            KnowledgeGraphTelemetry.StoreCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
        }
    }

    /// <summary>A clear, coded GraphQL error for the client; the cause (which may name the server) stays in the logs.</summary>
    private static GraphQLException Unavailable(Activity? activity, StoreUnavailableException e)
    {
        activity?.SetStatus(ActivityStatusCode.Error, e.Message);
        return new GraphQLException("The knowledge store is unavailable right now; try again shortly.", new Dictionary<string, object?> { ["code"] = StoreUnavailableCode }, e);
    }
}
