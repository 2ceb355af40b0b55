using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

internal sealed partial class BackendConnection
{
    private async Task NewDriverAsync(JsonObject data)
    {
        var options = new DriverOptions { TimeProvider = _time };
        if (data["userAgent"]?.GetValue<string>() is { } agent)
        {
            options.UserAgent = agent;
        }

        if (Milliseconds(data["connectionTimeoutMs"]) is { } connectionTimeout)
        {
            options.ConnectionTimeout = connectionTimeout;
        }

        if (data["fetchSize"]?.GetValue<long>() is { } fetchSize)
        {
            options.FetchSize = fetchSize;
        }

        if (Milliseconds(data["maxTxRetryTimeMs"]) is { } retryTime)
        {
            options.MaxTransactionRetryTime = retryTime;
        }

        if (Milliseconds(data["livenessCheckTimeoutMs"]) is { } liveness)
        {
            options.ConnectionLivenessCheckTimeout = liveness;
        }

        if (data["maxConnectionPoolSize"]?.GetValue<int>() is { } poolSize)
        {
            options.MaxConnectionPoolSize = poolSize;
        }

        if (Milliseconds(data["connectionAcquisitionTimeoutMs"]) is { } acquisition)
        {
            options.ConnectionAcquisitionTimeout = acquisition;
        }

        if (data["telemetryDisabled"]?.GetValue<bool>() is true)
        {
            options.TelemetryDisabled = true;
        }

        options.Notifications = Notifications(data);
        if (data["resolverRegistered"]?.GetValue<bool>() is true)
        {
            options.Resolver = ResolveAsync;
        }

        if (data["domainNameResolverRegistered"]?.GetValue<bool>() is true)
        {
            options.DomainNameResolver = ResolveDomainNameAsync;
        }

        var uri = new Uri(data["uri"]!.GetValue<string>());
        var driver = data["authTokenManagerId"] is { } managerId && managerId.GetValueKind() != System.Text.Json.JsonValueKind.Null
            ? BoltDriver.Create(uri, Get<AuthManagerEntry>(managerId).Manager, options)
            : BoltDriver.Create(uri, AuthToken(data["authorizationToken"]) ?? AuthTokens.None, options);
        await SendAsync("Driver", new JsonObject { ["id"] = Register(new DriverEntry(driver)) }).ConfigureAwait(false);
    }

    private async Task DriverCloseAsync(JsonObject data)
    {
        await Get<DriverEntry>(data["driverId"]).Driver.DisposeAsync().ConfigureAwait(false);
        await SendAsync("Driver", new JsonObject { ["id"] = data["driverId"]!.GetValue<long>() }).ConfigureAwait(false);
    }

    private async Task VerifyConnectivityAsync(JsonObject data)
    {
        await Get<DriverEntry>(data["driverId"]).Driver.VerifyConnectivityAsync().ConfigureAwait(false);
        await SendAsync("Driver", new JsonObject { ["id"] = data["driverId"]!.GetValue<long>() }).ConfigureAwait(false);
    }

    private async Task GetServerInfoAsync(JsonObject data)
    {
        var info = await Get<DriverEntry>(data["driverId"]).Driver.GetServerInfoAsync().ConfigureAwait(false);
        await SendAsync("ServerInfo", ServerInfo(info)).ConfigureAwait(false);
    }

    private async Task VerifyAuthenticationAsync(JsonObject data)
    {
        var driver = Get<DriverEntry>(data["driverId"]).Driver;
        var authenticated = await driver.VerifyAuthenticationAsync(AuthToken(data["authorizationToken"])).ConfigureAwait(false);
        await SendAsync("DriverIsAuthenticated", new JsonObject { ["id"] = NextId(), ["authenticated"] = authenticated }).ConfigureAwait(false);
    }

    private async Task CheckMultiDbSupportAsync(JsonObject data)
    {
        var available = await Get<DriverEntry>(data["driverId"]).Driver.SupportsMultiDatabaseAsync().ConfigureAwait(false);
        await SendAsync("MultiDBSupport", new JsonObject { ["id"] = NextId(), ["available"] = available }).ConfigureAwait(false);
    }

    private async Task CheckSessionAuthSupportAsync(JsonObject data)
    {
        var available = await Get<DriverEntry>(data["driverId"]).Driver.SupportsSessionAuthAsync().ConfigureAwait(false);
        await SendAsync("SessionAuthSupport", new JsonObject { ["id"] = NextId(), ["available"] = available }).ConfigureAwait(false);
    }

    private async Task GetConnectionPoolMetricsAsync(JsonObject data)
    {
        var (inUse, idle) = Get<DriverEntry>(data["driverId"]).Driver.PoolMetrics(ServerAddress.Parse(data["address"]!.GetValue<string>()));
        await SendAsync("ConnectionPoolMetrics", new JsonObject { ["inUse"] = inUse, ["idle"] = idle }).ConfigureAwait(false);
    }

    /// <summary>A custom resolver is TestKit's callback: the backend asks, TestKit answers with addresses.</summary>
    private async ValueTask<IReadOnlyList<ServerAddress>> ResolveAsync(ServerAddress address, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("ResolverResolutionRequired", new JsonObject { ["address"] = address.ToString() }, cancellationToken).ConfigureAwait(false);
        return answer["addresses"]!.AsArray().Select(a => ServerAddress.Parse(a!.GetValue<string>())).ToList();
    }

    private async ValueTask<IReadOnlyList<string>> ResolveDomainNameAsync(string name, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("DomainNameResolutionRequired", new JsonObject { ["name"] = name }, cancellationToken).ConfigureAwait(false);
        return answer["addresses"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
    }

    private static JsonObject ServerInfo(ServerInfo info) => new()
    {
        ["address"] = info.Address,
        ["agent"] = info.Agent,
        ["protocolVersion"] = info.ProtocolVersion.ToString(),
    };

    private static TimeSpan? Milliseconds(JsonNode? value) =>
        value is null || value.GetValueKind() == System.Text.Json.JsonValueKind.Null ? null : TimeSpan.FromMilliseconds(value.GetValue<double>());

    /// <summary>TestKit's AuthorizationToken (nutkit/protocol/requests.py) as the client's token.</summary>
    private static AuthToken? AuthToken(JsonNode? node)
    {
        if (node is not JsonObject token || token["data"] is not JsonObject data)
        {
            return null;
        }

        string? Text(string key) => data[key]?.GetValue<string>();
        var scheme = Text("scheme") ?? "none";
        return scheme switch
        {
            "basic" => AuthTokens.Basic(Text("principal") ?? string.Empty, Text("credentials") ?? string.Empty, Text("realm")),
            "bearer" => AuthTokens.Bearer(Text("credentials") ?? string.Empty),
            "kerberos" => AuthTokens.Kerberos(Text("credentials") ?? string.Empty),
            "none" => AuthTokens.None,
            _ => AuthTokens.Custom(Text("principal"), Text("credentials"), Text("realm"), scheme, CypherValues.FromPlainJson(data["parameters"]) as IReadOnlyDictionary<string, object?>),
        };
    }
}
