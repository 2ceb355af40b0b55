using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Testing;

namespace GraphApi.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>
/// graphql-js (through <c>scripts/conformance/reference-engine.mjs</c>) as the engine behind our transport, so the
/// GraphQL-over-HTTP audit and the IDE test judge the transport alone, whatever state our own engine is in.
/// </summary>
internal sealed class ReferenceEngineExecutor : IGraphQLRequestExecutor, IAsyncDisposable
{
    private readonly Process _node;
    private readonly string _sdl;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Task _readLoop;
    private int _nextId;

    private ReferenceEngineExecutor(Process node, string sdl)
    {
        _node = node;
        _sdl = sdl;
        _readLoop = Task.Run(ReadRepliesAsync);
    }

    public static async Task<ReferenceEngineExecutor> StartAsync(string sdl)
    {
        var node = await NodeScript.StartAsync("reference-engine.mjs");
        await node.StandardInput.WriteLineAsync(new JsonObject { ["sdl"] = sdl }.ToJsonString());
        await node.StandardInput.FlushAsync();
        var ready = await node.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (ready is null || !ready.Contains("\"ready\":true", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"reference-engine.mjs did not start: {ready} {await node.StandardError.ReadToEndAsync()}");
        }

        return new ReferenceEngineExecutor(node, sdl);
    }

    public async Task<GraphQLResponse> ExecuteAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject
        {
            ["id"] = id,
            ["query"] = request.Query,
            ["operationName"] = request.OperationName,
            ["variables"] = request.Variables is { } variables ? JsonNode.Parse(variables.GetRawText()) : null,
            ["isGet"] = request.IsGet,
        };
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await _node.StandardInput.WriteLineAsync(message.ToJsonString());
            await _node.StandardInput.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }

        var answer = await reply.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var kind = Enum.Parse<GraphQLResponseKind>(answer["kind"]!.GetValue<string>());
        return new RawResponse(kind, answer["body"]!.ToJsonString());
    }

    public string PrintSchema() => _sdl;

    public async ValueTask DisposeAsync()
    {
        _node.StandardInput.Close();
        if (!_node.WaitForExit(5000))
        {
            _node.Kill(entireProcessTree: true);
        }

        await _readLoop;
        _node.Dispose();
        _writeLock.Dispose();
    }

    private async Task ReadRepliesAsync()
    {
        while (await _node.StandardOutput.ReadLineAsync() is { } line)
        {
            var reply = JsonNode.Parse(line)!.AsObject();
            if (_pending.TryRemove(reply["id"]!.GetValue<int>(), out var waiter))
            {
                waiter.SetResult(reply);
            }
        }
    }

    private sealed class RawResponse(GraphQLResponseKind kind, string json) : GraphQLResponse
    {
        public override GraphQLResponseKind Kind => kind;

        public override void WriteTo(Utf8JsonWriter writer) => writer.WriteRawValue(json, skipInputValidation: true);
    }
}
