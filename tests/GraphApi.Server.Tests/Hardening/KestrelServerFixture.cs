namespace GraphApi.Server.Tests.Hardening;

/// <summary>One Kestrel-hosted server over the seeds, shared by the tests of a class (xUnit class fixture).</summary>
public class KestrelServerFixture : IAsyncLifetime
{
    private KestrelServer? server;

    public KestrelServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => server = await StartAsync();

    /// <summary>Starts the shared server; <see cref="AuthenticatedKestrelServerFixture"/> starts it with auth on.</summary>
    protected virtual Task<KestrelServer> StartAsync() => KestrelServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
