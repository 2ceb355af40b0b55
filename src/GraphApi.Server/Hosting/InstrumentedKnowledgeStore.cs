using System.Diagnostics;
using GraphApi.GraphQL.Errors;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Wraps a store so that every call is counted and timed (<c>graphapi.store.calls</c>, <c>graphapi.store.duration</c>)
/// and traced as a span. For API requests, a <see cref="StoreUnavailableException"/> becomes a GraphQL error with the
/// code <see cref="StoreUnavailableCode"/> (no stack trace, no server address). <see cref="CallCount"/> lets tests prove that the API makes a bounded number of store calls.
/// </summary>
public sealed class InstrumentedKnowledgeStore(IKnowledgeStore inner) : KnowledgeStoreDecorator(inner)
{
    private long callCount;

    /// <summary>The <c>extensions.code</c> of the error a request gets while the store cannot be reached.</summary>
    public const string StoreUnavailableCode = "STORE_UNAVAILABLE";

    /// <summary>The number of store calls made so far through this wrapper.</summary>
    public long CallCount => Interlocked.Read(ref callCount);

    protected override async Task<T> InvokeAsync<T>(string operation, StoreCallKind kind, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        Interlocked.Increment(ref callCount);
        var tag = new KeyValuePair<string, object?>("operation", operation);
        KnowledgeGraphTelemetry.StoreCalls.Add(1, tag);
        using var activity = KnowledgeGraphTelemetry.ActivitySource.StartActivity("store " + operation, ActivityKind.Client);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (StoreUnavailableException e) when (kind == StoreCallKind.Read)
        {
            // A clear, coded GraphQL error for the client; the cause (which may name the server) stays in the logs.
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw new GraphQLException("The knowledge store is unavailable right now; try again shortly.", new Dictionary<string, object?> { ["code"] = StoreUnavailableCode }, e);
        }
        finally
        {
            KnowledgeGraphTelemetry.StoreCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
        }
    }
}
