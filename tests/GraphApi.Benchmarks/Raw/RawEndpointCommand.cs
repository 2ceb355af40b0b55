using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphApi.Benchmarks.Raw;

/// <summary>
/// <c>raw --port P --body-file F</c>: the load-test ceiling. A minimal Kestrel app that answers every POST with the
/// fixed bytes of <c>F</c> as <c>application/json</c>, after reading the request body as a real endpoint would.
/// </summary>
public static class RawEndpointCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var port = arguments.GetInt("port", 5099);
        var body = await File.ReadAllBytesAsync(arguments.Require("body-file", "the response bytes to send")).ConfigureAwait(false);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/{**path}", async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        });
        app.MapGet("/health/ready", () => "ready");
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
