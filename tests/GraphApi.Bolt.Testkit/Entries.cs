using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

/// <summary>A driver the backend created, with what TestKit configured for it.</summary>
internal sealed record DriverEntry(BoltDriver Driver);

/// <summary>A transaction handed to TestKit (explicit, or the current attempt of a managed one).</summary>
internal sealed record TransactionEntry(AsyncTransaction Transaction);

/// <summary>A result handed to TestKit.</summary>
internal sealed record ResultEntry(ResultCursor Result);

/// <summary>An auth token manager whose tokens TestKit supplies through callbacks.</summary>
internal sealed record AuthManagerEntry(IAuthTokenManager Manager);

/// <summary>A bookmark manager TestKit created.</summary>
internal sealed record BookmarkManagerEntry(IBookmarkManager Manager);

/// <summary>
/// A session, and the managed transaction it may be running: each attempt tells TestKit RetryableTry, then waits for
/// TestKit's verdict (RetryablePositive: commit; RetryableNegative: fail, with the error TestKit hands back).
/// </summary>
internal sealed class SessionEntry(AsyncSession session)
{
    private TaskCompletionSource<(string Name, JsonObject Data)> _verdict = NewVerdict();

    public AsyncSession Session { get; } = session;

    public void Steer(string name, JsonObject data) => _verdict.TrySetResult((name, data));

    public async Task<(string Name, JsonObject Data)> NextVerdictAsync()
    {
        var verdict = await _verdict.Task.ConfigureAwait(false);
        _verdict = NewVerdict();
        return verdict;
    }

    private static TaskCompletionSource<(string, JsonObject)> NewVerdict() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
