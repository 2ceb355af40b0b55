using System.Text;
using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.Server.Access;
using GraphApi.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphApi.Benchmarks.Hosting;

/// <summary>
/// What each middleware of the server's pipeline (Program.cs: <c>UseRequestProtection</c>, response compression, the
/// explorer's static files) costs a <c>{__typename}</c> POST, in process through TestServer, so the figures hold no
/// network and no wrk. Every pipeline ends in the same endpoint, which writes our server's exact answer bytes; the
/// <c>bare</c> pipeline has routing and that endpoint only, and each other row adds one middleware with the settings the
/// server ships (appsettings.json). <c>shipped</c> has them all, in the server's order; <c>server</c> is the real server
/// (the four <c>Add…</c> and four <c>Map…</c>/<c>Use…</c> calls of Program.cs over the seeds), so <c>server</c> minus
/// <c>shipped</c> is what the GraphQL endpoint itself costs. Each row runs twice: as wrk asks (no Origin, no
/// Accept-Encoding), and as a browser page on another origin asks (an allowed Origin, <c>Accept-Encoding: gzip,
/// deflate, br</c>). docs/performance.md, "What each middleware costs", has the figures and what was done about them.
/// </summary>
[MemoryDiagnoser]
public class MiddlewareBenchmarks
{
    private const string AllowedOrigin = "https://newsroom.example";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"query":"{__typename}"}""");
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes("""{"data":{"__typename":"Query"}}""");

    private WebApplication app = null!;
    private TestServer server = null!;

    [Params("bare", "origin-log", "cors", "rate-limiter", "timeouts", "compression", "static-files", "shipped", "server")]
    public string Pipeline { get; set; } = "bare";

    [Params("wrk", "browser")]
    public string Client { get; set; } = "wrk";

    [GlobalSetup]
    public async Task Setup()
    {
        var root = GraphApi.Testing.Repository.Root;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphApi:Seeds"] = Path.Combine(root, "seeds"),
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:Protection:CorsOrigins:0"] = AllowedOrigin,
            ["GraphApi:Explorer:Root"] = ExplorerRoot(root),
        });

        builder.AddRequestProtection();
        builder.AddKnowledgeGraphApi();
        if (Pipeline == "server")
        {
            builder.AddKnowledgeGraph();
            builder.AddAccessControl();
            builder.AddExplorer();
        }

        app = builder.Build();
        if (Pipeline == "server")
        {
            app.UseRequestProtection();
            app.UseAccessControl();
            app.MapKnowledgeGraph();
            app.MapKnowledgeGraphApi();
            app.MapExplorer();
        }
        else
        {
            UseOnly(app, Pipeline, ExplorerRoot(root));
            var endpoint = app.MapPost("/graphql", WriteAnswer);
            if (Pipeline is "rate-limiter" or "shipped")
            {
                endpoint.RequireRateLimiting(RequestProtectionExtensions.RateLimitPolicy);
            }
        }

        await app.StartAsync().ConfigureAwait(false);
        server = app.GetTestServer();
        await WaitUntilReadyAsync().ConfigureAwait(false);
        var first = await Post().ConfigureAwait(false);
        if (first.Response.StatusCode != StatusCodes.Status200OK)
        {
            throw new InvalidOperationException($"{Pipeline} answers {first.Response.StatusCode} to {{__typename}}");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark]
    public async Task<int> TypenamePost()
    {
        var context = await Post().ConfigureAwait(false);
        return context.Response.StatusCode;
    }

    private Task<HttpContext> Post() => server.SendAsync(context =>
    {
        var request = context.Request;
        request.Method = HttpMethods.Post;
        request.Path = "/graphql";
        request.ContentType = "application/json";
        request.Headers.Accept = GraphQLMediaTypes.GraphQLResponse;
        request.Body = new MemoryStream(Body, writable: false);
        request.ContentLength = Body.Length;
        if (Client == "browser")
        {
            request.Headers.Origin = AllowedOrigin;
            request.Headers.AcceptEncoding = "gzip, deflate, br";
        }
    });

    /// <summary>One middleware, added the way the server adds it (RequestProtectionExtensions, KnowledgeGraphApiExtensions, ExplorerHostingExtensions).</summary>
    private static void UseOnly(WebApplication app, string pipeline, string explorerRoot)
    {
        var all = pipeline == "shipped";
        if (all)
        {
            app.UseRequestProtection();
        }
        else if (pipeline == "origin-log")
        {
            app.UseMiddleware<DisallowedOriginLog>();
        }
        else if (pipeline == "cors")
        {
            app.UseCors(RequestProtectionExtensions.CorsPolicy);
        }
        else if (pipeline == "rate-limiter")
        {
            app.UseRateLimiter();
        }
        else if (pipeline == "timeouts")
        {
            app.UseRequestTimeouts();
        }

        if (all || pipeline == "compression")
        {
            app.UseGraphQLResponseCompression();
        }

        if (all || pipeline == "static-files")
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(explorerRoot) });
        }
    }

    private static async Task WriteAnswer(HttpContext context)
    {
        context.Response.ContentType = GraphQLMediaTypes.GraphQLResponse;
        context.Response.ContentLength = Answer.Length;
        await context.Response.Body.WriteAsync(Answer).ConfigureAwait(false);
    }

    private async Task WaitUntilReadyAsync()
    {
        if (Pipeline != "server")
        {
            return;
        }

        var client = server.CreateClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new InvalidOperationException("the server did not become ready within 60 s (does seeds/ import?)");
    }

    /// <summary>The explorer as the server's build leaves it beside the binary, or its sources when it was not built.</summary>
    private static string ExplorerRoot(string root)
    {
        var built = Path.Combine(root, "src", "GraphApi.Server", "bin", "Release", "net10.0", "wwwroot");
        return Directory.Exists(built) ? built : Path.Combine(root, "src", "GraphApi.Explorer", "public");
    }
}
