using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphApi.Benchmarks.Raw;

/// <summary>
/// <c>raw --port P (--body-file F | --pairs DIR)</c>: the load-test ceiling. A minimal Kestrel app that reads each
/// POST body and answers with fixed bytes as <c>application/json</c>: the bytes of <c>F</c>, or, with <c>--pairs</c>,
/// the <c>NAME.response.json</c> whose <c>NAME.request.json</c> equals the request body (for a mix of queries).
/// </summary>
public static class RawEndpointCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var port = arguments.GetInt("port", 5103);
        var responses = await LoadResponsesAsync(arguments).ConfigureAwait(false);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/{**path}", async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var request = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            if (!responses.TryGetValue(request, out var body) && !responses.TryGetValue(string.Empty, out body))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        });
        app.MapGet("/health/ready", () => "ready");
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>Request body → response bytes; the empty key answers any request.</summary>
    private static async Task<Dictionary<string, byte[]>> LoadResponsesAsync(CommandArguments arguments)
    {
        var responses = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (arguments.Get("pairs") is { } directory)
        {
            foreach (var requestFile in Directory.GetFiles(directory, "*.request.json"))
            {
                var responseFile = requestFile[..^".request.json".Length] + ".response.json";
                responses[await File.ReadAllTextAsync(requestFile).ConfigureAwait(false)] = await File.ReadAllBytesAsync(responseFile).ConfigureAwait(false);
            }

            return responses.Count > 0 ? responses : throw new ArgumentException($"{directory} holds no NAME.request.json / NAME.response.json pairs");
        }

        responses[string.Empty] = await File.ReadAllBytesAsync(arguments.Require("body-file", "the response bytes to send")).ConfigureAwait(false);
        return responses;
    }
}
