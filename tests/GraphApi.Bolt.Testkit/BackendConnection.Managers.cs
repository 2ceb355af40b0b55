using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

internal sealed partial class BackendConnection
{
    private async Task NewAuthTokenManagerAsync()
    {
        var id = NextId();
        _objects[id] = new AuthManagerEntry(new TestkitAuthTokenManager(this, id));
        await SendAsync("AuthTokenManager", new JsonObject { ["id"] = id }).ConfigureAwait(false);
    }

    private async Task NewBasicAuthTokenManagerAsync()
    {
        var id = NextId();
        var manager = AuthTokenManagers.Basic(
            async ct =>
            {
                var answer = await CallAsync("BasicAuthTokenProviderRequest", new JsonObject { ["basicAuthTokenManagerId"] = id }, ct).ConfigureAwait(false);
                return AuthToken(answer["auth"]) ?? AuthTokens.None;
            },
            _time);
        _objects[id] = new AuthManagerEntry(manager);
        await SendAsync("BasicAuthTokenManager", new JsonObject { ["id"] = id }).ConfigureAwait(false);
    }

    private async Task NewBearerAuthTokenManagerAsync()
    {
        var id = NextId();
        var manager = AuthTokenManagers.Bearer(
            async ct =>
            {
                var answer = await CallAsync("BearerAuthTokenProviderRequest", new JsonObject { ["bearerAuthTokenManagerId"] = id }, ct).ConfigureAwait(false);
                var expiring = answer["auth"]!["data"]!.AsObject();
                var expiresIn = expiring["expiresInMs"];
                var expiresAt = expiresIn is null || expiresIn.GetValueKind() == JsonValueKind.Null
                    ? (DateTimeOffset?)null
                    : _time.GetUtcNow().AddMilliseconds(expiresIn.GetValue<double>());
                return new ExpiringAuthToken(AuthToken(expiring["auth"]) ?? AuthTokens.None, expiresAt);
            },
            _time);
        _objects[id] = new AuthManagerEntry(manager);
        await SendAsync("BearerAuthTokenManager", new JsonObject { ["id"] = id }).ConfigureAwait(false);
    }

    private async Task NewBookmarkManagerAsync(JsonObject data)
    {
        var id = NextId();
        var initial = data["initialBookmarks"] is JsonArray bookmarks ? bookmarks.Select(b => b!.GetValue<string>()).ToList() : [];
        Func<CancellationToken, ValueTask<IReadOnlyList<string>>>? supplier = data["bookmarksSupplierRegistered"]?.GetValue<bool>() is true
            ? async ct =>
            {
                var answer = await CallAsync("BookmarksSupplierRequest", new JsonObject { ["bookmarkManagerId"] = id }, ct).ConfigureAwait(false);
                return answer["bookmarks"]!.AsArray().Select(b => b!.GetValue<string>()).ToList();
            }
            : null;
        Func<IReadOnlyList<string>, CancellationToken, ValueTask>? consumer = data["bookmarksConsumerRegistered"]?.GetValue<bool>() is true
            ? async (current, ct) => await CallAsync(
                "BookmarksConsumerRequest",
                new JsonObject { ["bookmarkManagerId"] = id, ["bookmarks"] = new JsonArray([.. current.Select(b => JsonValue.Create(b))]) },
                ct).ConfigureAwait(false)
            : null;
        _objects[id] = new BookmarkManagerEntry(new BookmarkManager(initial, supplier, consumer));
        await SendAsync("BookmarkManager", new JsonObject { ["id"] = id }).ConfigureAwait(false);
    }

    /// <summary>An auth token manager implemented by TestKit: both of its methods are callbacks.</summary>
    private sealed class TestkitAuthTokenManager(BackendConnection backend, long id) : IAuthTokenManager
    {
        public async ValueTask<AuthToken> GetTokenAsync(CancellationToken cancellationToken)
        {
            var answer = await backend.CallAsync("AuthTokenManagerGetAuthRequest", new JsonObject { ["authTokenManagerId"] = id }, cancellationToken)
                .ConfigureAwait(false);
            return BackendConnection.AuthToken(answer["auth"]) ?? AuthTokens.None;
        }

        public async ValueTask<bool> HandleSecurityExceptionAsync(AuthToken token, Neo4jException error, CancellationToken cancellationToken)
        {
            var answer = await backend.CallAsync(
                "AuthTokenManagerHandleSecurityExceptionRequest",
                new JsonObject { ["authTokenManagerId"] = id, ["auth"] = TokenJson(token), ["errorCode"] = error.Code },
                cancellationToken).ConfigureAwait(false);
            return answer["handled"]?.GetValue<bool>() == true;
        }

        private static JsonObject TokenJson(AuthToken token) =>
            new() { ["name"] = "AuthorizationToken", ["data"] = (JsonObject)CypherValues.ToPlainJson(token.Content)! };
    }
}
