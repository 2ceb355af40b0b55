using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

/// <summary>
/// One TestKit connection (TestKit opens one per test). Requests arrive framed by "#request begin" / "#request end"
/// lines, each a JSON object {name, data}; every request gets one response framed the same way (nutkit/protocol). A
/// few requests are answers to callbacks the backend made while serving another request (an auth token manager asking
/// TestKit for a token, a resolver, a bookmark supplier), and RetryablePositive/Negative steer a managed transaction
/// that is running: those are routed to whoever waits for them, so the read loop never blocks on a handler.
/// </summary>
internal sealed partial class BackendConnection(Stream stream) : IAsyncDisposable
{
    private readonly StreamReader _reader = new(stream, new UTF8Encoding(false));
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false)) { NewLine = "\n" };
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonObject>> _callbacks = new();
    private readonly ConcurrentDictionary<long, object> _objects = new();
    private readonly SwitchableTimeProvider _time = new();
    private long _nextId;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var body = new StringBuilder();
        var inRequest = false;
        while (await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            switch (line.Trim())
            {
                case "#request begin":
                    inRequest = true;
                    body.Clear();
                    break;
                case "#request end":
                    inRequest = false;
                    Receive(JsonNode.Parse(body.ToString())!.AsObject());
                    break;
                default:
                    if (inRequest)
                    {
                        body.Append(line);
                    }

                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var entry in _objects.Values)
        {
            if (entry is DriverEntry driver)
            {
                await driver.Driver.DisposeAsync().ConfigureAwait(false);
            }
        }

        foreach (var callback in _callbacks.Values)
        {
            callback.TrySetCanceled();
        }

        _writeLock.Dispose();
    }

    /// <summary>Callback answers and retry steering complete what waits for them; everything else runs as a handler.</summary>
    private void Receive(JsonObject request)
    {
        var name = request["name"]!.GetValue<string>();
        var data = request["data"] as JsonObject ?? [];
        if (data["requestId"] is { } requestId && _callbacks.TryRemove(requestId.GetValue<long>(), out var waiting))
        {
            waiting.TrySetResult(data);
            return;
        }

        if (name is "RetryablePositive" or "RetryableNegative")
        {
            Get<SessionEntry>(data["sessionId"]).Steer(name, data);
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await HandleAsync(name, data).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                await SendErrorAsync(ex).ConfigureAwait(false);
            }
        });
    }

    private Task HandleAsync(string name, JsonObject data) => name switch
    {
        "GetFeatures" => SendAsync("FeatureList", new JsonObject { ["features"] = new JsonArray([.. Features.Declared.Select(f => JsonValue.Create(f))]) }),
        "StartTest" or "StartSubTest" => SendAsync("RunTest", []),
        "NewDriver" => NewDriverAsync(data),
        "DriverClose" => DriverCloseAsync(data),
        "VerifyConnectivity" => VerifyConnectivityAsync(data),
        "GetServerInfo" => GetServerInfoAsync(data),
        "VerifyAuthentication" => VerifyAuthenticationAsync(data),
        "CheckMultiDBSupport" => CheckMultiDbSupportAsync(data),
        "CheckSessionAuthSupport" => CheckSessionAuthSupportAsync(data),
        "CheckDriverIsEncrypted" => SendAsync("DriverIsEncrypted", new JsonObject { ["encrypted"] = Get<DriverEntry>(data["driverId"]).Driver.Encrypted }),
        "ExecuteQuery" => ExecuteQueryAsync(data),
        "GetConnectionPoolMetrics" => GetConnectionPoolMetricsAsync(data),
        "GetRoutingTable" => GetRoutingTableAsync(data),
        "ForcedRoutingTableUpdate" => ForcedRoutingTableUpdateAsync(data),
        "NewSession" => NewSessionAsync(data),
        "SessionClose" => SessionCloseAsync(data),
        "SessionRun" => SessionRunAsync(data),
        "SessionBeginTransaction" => SessionBeginTransactionAsync(data),
        "SessionReadTransaction" => SessionManagedTransactionAsync(data, AccessMode.Read),
        "SessionWriteTransaction" => SessionManagedTransactionAsync(data, AccessMode.Write),
        "SessionLastBookmarks" => SessionLastBookmarksAsync(data),
        "TransactionRun" => TransactionRunAsync(data),
        "TransactionCommit" => TransactionCommitAsync(data),
        "TransactionRollback" => TransactionRollbackAsync(data),
        "TransactionClose" => TransactionCloseAsync(data),
        "ResultNext" => ResultNextAsync(data),
        "ResultPeek" => ResultPeekAsync(data),
        "ResultSingle" => ResultSingleAsync(data),
        "ResultSingleOptional" => ResultSingleOptionalAsync(data),
        "ResultList" => ResultListAsync(data),
        "ResultConsume" => ResultConsumeAsync(data),
        "NewAuthTokenManager" => NewAuthTokenManagerAsync(),
        "NewBasicAuthTokenManager" => NewBasicAuthTokenManagerAsync(),
        "NewBearerAuthTokenManager" => NewBearerAuthTokenManagerAsync(),
        "AuthTokenManagerClose" => CloseObjectAsync(data, "AuthTokenManager"),
        "NewBookmarkManager" => NewBookmarkManagerAsync(data),
        "BookmarkManagerClose" => CloseObjectAsync(data, "BookmarkManager"),
        "FakeTimeInstall" => FakeTimeAsync(() => _time.Install()),
        "FakeTimeTick" => FakeTimeAsync(() => _time.Advance(TimeSpan.FromMilliseconds(data["incrementMs"]!.GetValue<long>()))),
        "FakeTimeUninstall" => FakeTimeAsync(() => _time.Uninstall()),
        _ => SendAsync("BackendError", new JsonObject { ["msg"] = $"The GraphApi.Bolt backend does not implement {name}." }),
    };

    private async Task SendAsync(string name, JsonObject data)
    {
        var json = new JsonObject { ["name"] = name, ["data"] = data }.ToJsonString(JsonOptions);
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _writer.WriteLineAsync("#response begin").ConfigureAwait(false);
            await _writer.WriteLineAsync(json).ConfigureAwait(false);
            await _writer.WriteLineAsync("#response end").ConfigureAwait(false);
            await _writer.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Asks TestKit to run a callback (a response named <paramref name="name"/>) and waits for its answer.</summary>
    private async Task<JsonObject> CallAsync(string name, JsonObject data, CancellationToken cancellationToken)
    {
        var id = NextId();
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _callbacks[id] = answer;
        data["id"] = id;
        await SendAsync(name, data).ConfigureAwait(false);
        using var registration = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        return await answer.Task.ConfigureAwait(false);
    }

    private long Register(object entry)
    {
        var id = NextId();
        _objects[id] = entry;
        return id;
    }

    private long NextId() => Interlocked.Increment(ref _nextId);

    private T Get<T>(JsonNode? id)
        where T : class =>
        id is not null && _objects.TryGetValue(id.GetValue<long>(), out var entry) && entry is T typed
            ? typed
            : throw new KeyNotFoundException($"No {typeof(T).Name} with id {id?.ToJsonString() ?? "null"}.");

    private async Task CloseObjectAsync(JsonObject data, string response)
    {
        var id = data["id"]!.GetValue<long>();
        _objects.TryRemove(id, out _);
        await SendAsync(response, new JsonObject { ["id"] = id }).ConfigureAwait(false);
    }

    private async Task FakeTimeAsync(Action change)
    {
        change();
        await SendAsync("FakeTimeAck", []).ConfigureAwait(false);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };
}
