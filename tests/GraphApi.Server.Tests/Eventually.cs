namespace GraphApi.Server.Tests;

/// <summary>Polls a condition of the running host (an import, a watcher) until it holds, failing after a minute.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true within 60 s.");
            }

            await Task.Delay(100);
        }
    }
}
