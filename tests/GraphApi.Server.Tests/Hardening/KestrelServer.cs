using System.Net;
using System.Text;
using System.Text.Json;
using GraphApi.Knowledge.Stores;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests.Hardening;

/// <summary>
/// The real server over real Kestrel on a loopback port, with its own copy of a corpus, so hostile tests reach it through
/// sockets (slow bodies, raw bytes) as an attacker would. Short transport timeouts keep the stalled-body cases bounded.
/// </summary>
public sealed class KestrelServer : IAsyncDisposable
{
    private readonly ServerFactory factory;
    private readonly TestCorpus? ownedCorpus;

    private KestrelServer(ServerFactory factory, TestCorpus? ownedCorpus)
    {
        this.factory = factory;
        this.ownedCorpus = ownedCorpus;
        // Listen in code rather than UseKestrel(port): the factory then never rewrites the address list, which can race
        // with a host that has already started ("Addresses cannot be modified after the server has started").
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    public IKnowledgeStore Store => factory.Services.GetRequiredService<IKnowledgeStore>();

    /// <summary>Settings every hardening test shares: no corpus watcher, and stalled bodies cut off after about two seconds.</summary>
    public static Dictionary<string, string?> DefaultSettings() => new()
    {
        ["GraphApi:WatchCorpus"] = "false",
        ["GraphApi:Protection:MinBodyRateGracePeriod"] = "00:00:02",
        ["GraphApi:Protection:RequestTimeout"] = "00:00:20",
        ["GraphApi:Protection:HeadersTimeout"] = "00:00:03",
    };

    public static async Task<KestrelServer> StartAsync(string? corpus = null, IDictionary<string, string?>? settings = null)
    {
        var owned = corpus is null ? new TestCorpus() : null;
        var all = DefaultSettings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var server = new KestrelServer(new ServerFactory(corpus ?? owned!.Directory, all), owned);
        await server.WaitUntilReadyAsync();
        return server;
    }

    public async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The server did not become ready within 60 s.");
            }

            await Task.Delay(100);
        }
    }

    public async Task<HttpResponseMessage> PostAsync(byte[] body, string contentType = "application/json")
    {
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return await Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
    }

    /// <summary>Posts <c>{"query": …, "variables": …}</c> and returns the status and parsed body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> QueryAsync(string query, object? variables = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables });
        using var response = await PostAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        return (response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>Asserts the server still answers the smallest query, as it must after every hostile request.</summary>
    public async Task AssertStillAnswersAsync()
    {
        using var response = await PostAsync(Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        ownedCorpus?.Dispose();
    }
}
