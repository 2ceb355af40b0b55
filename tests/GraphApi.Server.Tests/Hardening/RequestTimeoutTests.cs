using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using GraphApi.GraphQL.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace GraphApi.Server.Tests.Hardening;

/// <summary>
/// <c>GraphApi:Protection:RequestTimeout</c> on <c>/graphql</c>, which bounds its own requests instead of going through
/// ASP.NET Core's request-timeout middleware: a body trickled in above the transport's minimum rate is cut off with 408,
/// and the execution stops at the shorter of the request and execution timeouts.
/// </summary>
public sealed class RequestTimeoutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_body_trickled_in_above_the_minimum_rate_is_cut_off_at_the_request_timeout_with_408()
    {
        await using var server = await KestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GraphApi:Protection:RequestTimeout"] = "00:00:03",
        });
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = socket.GetStream();

        // 60,000 bytes at about 2,000 bytes a second: far above Kestrel's minimum of 240 even when a busy machine delays the
        // writes, so only the request timeout ends it.
        const int Length = 60_000;
        var head = $"POST /graphql HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: {Length}\r\n\r\n{{\"query\":\"";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var trickle = TrickleAsync(stream, Length - 10, stop.Token);
        var answer = await ReadAnswerAsync(stream, stop.Token);
        clock.Stop();
        await stop.CancelAsync();
        await trickle;
        output.WriteLine($"after {clock.ElapsedMilliseconds} ms: {answer}");

        Assert.StartsWith("HTTP/1.1 408 ", answer, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"REQUEST_TIMEOUT\"", answer, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
        await server.AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("00:00:30", "00:00:05", 5)]
    [InlineData("00:00:02", "00:00:05", 2)]
    public async Task The_execution_stops_at_the_shorter_of_the_execution_and_request_timeouts(string execution, string request, int expectedSeconds)
    {
        await using var server = await KestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GraphApi:GraphQL:Limits:Timeout"] = execution,
            ["GraphApi:Protection:RequestTimeout"] = request,
        });
        var options = server.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), options.Execution.Limits.Timeout);
        Assert.Equal(TimeSpan.Parse(request, System.Globalization.CultureInfo.InvariantCulture), options.BodyTimeout);
    }

    private static async Task TrickleAsync(NetworkStream stream, int length, CancellationToken stop)
    {
        var chunk = Encoding.ASCII.GetBytes(new string('x', 200));
        try
        {
            for (var sent = 0; sent + chunk.Length <= length; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk, stop);
                await Task.Delay(100, stop);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The answer came (or the server closed the connection): stop sending.
        }
    }

    /// <summary>The status line and body of the first answer, or what arrived before the connection closed.</summary>
    private static async Task<string> ReadAnswerAsync(NetworkStream stream, CancellationToken stop)
    {
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, stop)) > 0)
            {
                received.Write(buffer, 0, read);
                var text = Encoding.ASCII.GetString(received.ToArray());
                if (text.Contains("\r\n\r\n", StringComparison.Ordinal) && text.TrimEnd().EndsWith('}'))
                {
                    return text;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The bound ran out or the connection was reset: the assertions report what arrived.
        }

        return Encoding.ASCII.GetString(received.ToArray());
    }
}
