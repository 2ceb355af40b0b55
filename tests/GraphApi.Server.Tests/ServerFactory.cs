using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Server.Tests;

/// <summary>
/// Hosts the real server in memory over a private copy of a corpus, so a test may change files without touching
/// <c>seeds/</c> or another test.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public ServerFactory(string corpus, IDictionary<string, string?>? settings = null)
    {
        Corpus = corpus;
        this.settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["GraphApi:Seeds"] = corpus };
    }

    public string Corpus { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
