using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.DataLoader;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Batching by tree depth: the number of batch calls depends on depth, not on the number of items.</summary>
public class DataLoaderTests
{
    private sealed class Counter
    {
        public int Batches;
        public List<int> BatchSizes { get; } = [];
    }

    private static GraphQLSchema FriendsSchema(Counter counter, int people, bool asyncBatch)
    {
        ValueTask<IReadOnlyDictionary<int, int[]>> LoadFriends(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            lock (counter)
            {
                counter.Batches++;
                counter.BatchSizes.Add(ids.Count);
            }

            IReadOnlyDictionary<int, int[]> result = ids.ToDictionary(id => id, id => new[] { (id * 10) + 100_001, (id * 10) + 100_002 });
            return asyncBatch ? new ValueTask<IReadOnlyDictionary<int, int[]>>(DelayAsync(result, cancellationToken)) : new ValueTask<IReadOnlyDictionary<int, int[]>>(result);
        }

        static async Task<IReadOnlyDictionary<int, int[]>> DelayAsync(IReadOnlyDictionary<int, int[]> result, CancellationToken cancellationToken)
        {
            await Task.Delay(5, cancellationToken);
            return result;
        }

        var person = new ObjectType("Person")
            .Field("id", ScalarType.Int, resolve: c => c.Source)
            .Field("friends", new ListType(new TypeReference("Person")), resolveAsync: async c =>
            {
                var friends = await c.DataLoader<int, int[]>("friends", LoadFriends).LoadAsync((int)c.Source!);
                return friends;
            });
        var query = new ObjectType("Query").Field("people", new ListType(person), resolve: _ => Enumerable.Range(0, people).ToArray());
        return new GraphQLSchema(query);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(50, false)]
    [InlineData(50, true)]
    public async Task Batches_depend_on_depth_not_on_item_count(int people, bool asyncBatch)
    {
        var counter = new Counter();
        var executor = new GraphQLExecutor(FriendsSchema(counter, people, asyncBatch));
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ people { id friends { id friends { id } } } }" });
        Assert.Empty(result.Errors);
        Assert.Equal(2, counter.Batches);
        Assert.Equal([people, people * 2], counter.BatchSizes);
        var people0 = (ResultList)result.Data!["people"]!;
        Assert.Equal(people, people0.Count);
        var friendsOfFirst = (ResultList)((ResultMap)people0[0]!)["friends"]!;
        Assert.Equal(100_001, ((ResultMap)friendsOfFirst[0]!)["id"]);
    }

    [Fact]
    public async Task A_primed_key_costs_no_batch_and_a_loaded_key_keeps_its_value()
    {
        var batches = new List<IReadOnlyList<string>>();
        var loader = new DataLoader<string, string>((keys, _) =>
        {
            batches.Add(keys);
            return new ValueTask<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => "loaded " + k));
        });
        var loaded = loader.LoadAsync("a");
        await loader.DispatchAsync(CancellationToken.None);

        loader.Prime("a", "primed a");
        loader.Prime("b", "primed b");
        var b = loader.LoadAsync("b");

        Assert.False(loader.HasPendingLoads);
        Assert.Equal("loaded a", await loaded);
        Assert.Equal("loaded a", await loader.LoadAsync("a"));
        Assert.Equal("primed b", await b);
        Assert.Equal([["a"]], batches);
    }

    /// <summary>
    /// The dispatch window is open while every batch function of one dispatch starts, and closed before the executor
    /// waits for them: what a batch function holds in it is sent once for the whole level.
    /// </summary>
    [Fact]
    public async Task Every_batch_function_of_a_dispatch_starts_inside_one_window()
    {
        var events = new List<string>();
        var open = false;
        ValueTask<IReadOnlyDictionary<int, int>> Batch(string name, IReadOnlyList<int> ids)
        {
            lock (events)
            {
                events.Add($"{name} {(open ? "inside" : "outside")}");
            }

            return new ValueTask<IReadOnlyDictionary<int, int>>(ids.ToDictionary(i => i, i => i * 2));
        }

        var item = new ObjectType("Item")
            .Field("doubled", ScalarType.Int, resolveAsync: async c => await c.DataLoader<int, int>("doubled", (ids, _) => Batch("doubled", ids)).LoadAsync((int)c.Source!))
            .Field("again", ScalarType.Int, resolveAsync: async c => await c.DataLoader<int, int>("again", (ids, _) => Batch("again", ids)).LoadAsync((int)c.Source!));
        var query = new ObjectType("Query").Field("items", new ListType(item), resolve: c =>
        {
            c.DataLoaders.DispatchWindow ??= () =>
            {
                lock (events)
                {
                    events.Add("open");
                    open = true;
                }

                return new Closing(() =>
                {
                    lock (events)
                    {
                        open = false;
                        events.Add("close");
                    }
                });
            };
            return new[] { 1, 2, 3 };
        });

        var result = await new GraphQLExecutor(new GraphQLSchema(query)).ExecuteAsync(new ExecutionRequest { Query = "{ items { doubled again } }" });

        Assert.Empty(result.Errors);
        Assert.Equal(6, ((ResultMap)((ResultList)result.Data!["items"]!)[2]!)["doubled"]);
        Assert.Equal("open", events[0]);
        Assert.Equal("close", events[^1]);
        Assert.Equal(["again inside", "doubled inside"], events.Skip(1).SkipLast(1).Order(StringComparer.Ordinal));
    }

    private sealed class Closing(Action close) : IDisposable
    {
        public void Dispose() => close();
    }

    [Fact]
    public async Task Loader_caches_keys_and_reports_batch_errors()
    {
        var calls = 0;
        var loader = new DataLoader<string, string>((keys, _) =>
        {
            calls++;
            if (keys.Contains("bad"))
            {
                throw new InvalidOperationException("batch failed");
            }

            return new ValueTask<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => k.ToUpperInvariant()));
        });
        var a = loader.LoadAsync("a");
        var a2 = loader.LoadAsync("a");
        var b = loader.LoadAsync("b");
        Assert.Same(a, a2);
        Assert.True(loader.HasPendingLoads);
        await loader.DispatchAsync(CancellationToken.None);
        Assert.Equal("A", await a);
        Assert.Equal("B", await b);
        Assert.Equal(1, calls);
        var bad = loader.LoadAsync("bad");
        await loader.DispatchAsync(CancellationToken.None);
        Assert.Equal("batch failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => bad)).Message);
    }

    [Fact]
    public async Task List_batch_function_must_align_with_keys()
    {
        var loader = DataLoader<int, string>.FromList((keys, _) => new ValueTask<IReadOnlyList<string>>(keys.Select(k => $"#{k}").ToArray()), maxBatchSize: 2);
        var all = loader.LoadManyAsync([1, 2, 3]);
        await loader.DispatchAsync(CancellationToken.None);
        Assert.Equal(["#1", "#2", "#3"], await all);
        Assert.Equal(2, loader.BatchCount);
    }

    [Fact]
    public async Task Loads_issued_after_other_awaits_still_get_dispatched()
    {
        var item = new ObjectType("Item").Field("double", ScalarType.Int, resolveAsync: async c =>
        {
            await Task.Delay(5, c.CancellationToken);
            var loader = c.DataLoader<int, int>("double", (keys, _) => new ValueTask<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2)));
            return await loader.LoadAsync((int)c.Source!);
        });
        var query = new ObjectType("Query").Field("items", new ListType(item), resolve: _ => new[] { 1, 2, 3 });
        var executor = new GraphQLExecutor(new GraphQLSchema(query), new ExecutionOptions { Limits = ExecutionLimits.Default with { Timeout = TimeSpan.FromSeconds(10) } });
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ items { double } }" });
        Assert.Equal("""{"data":{"items":[{"double":2},{"double":4},{"double":6}]}}""", result.ToJson());
    }
}
