using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace GraphApi.Server.Tests.Hardening;

/// <summary>Issue 7's hostile input, without authentication.</summary>
public sealed class HostileRequestTests(KestrelServerFixture fixture, ITestOutputHelper output)
    : HostileRequestSuite<KestrelServerFixture>(fixture, output);

/// <summary>Issue 7's hostile input with authentication on (issue 16), every request carrying a reader's token.</summary>
public sealed class HostileRequestWithAuthTests(AuthenticatedKestrelServerFixture fixture, ITestOutputHelper output)
    : HostileRequestSuite<AuthenticatedKestrelServerFixture>(fixture, output);

/// <summary>
/// Issue 7, hostile input over real Kestrel: every case gets a GraphQL error or a 4xx, never a 5xx, a hang or a crash,
/// and the server answers <c>{ __typename }</c> afterwards.
/// </summary>
public abstract class HostileRequestSuite<TFixture>(TFixture fixture, ITestOutputHelper output) : IClassFixture<TFixture>
    where TFixture : KestrelServerFixture
{
    private static readonly TimeSpan PerRequestBound = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Cases => [.. HostileRequests.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_request_gets_an_error_and_the_server_keeps_answering(string name)
    {
        var (body, contentType) = HostileRequests.All[name];
        var clock = Stopwatch.StartNew();
        using var response = await fixture.Server.PostAsync(body, contentType).WaitAsync(PerRequestBound);
        var text = await response.Content.ReadAsStringAsync();
        clock.Stop();
        output.WriteLine($"{name}: {(int)response.StatusCode} in {clock.ElapsedMilliseconds} ms, {text.Length} chars: {Shorten(text)}");

        Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode} {Shorten(text)}");
        if (response.StatusCode == HttpStatusCode.OK && !HostileRequests.MayAnswerWithData.Contains(name))
        {
            using var json = JsonDocument.Parse(text);
            Assert.True(json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0, $"{name}: 200 without errors: {Shorten(text)}");
        }

        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        await fixture.Server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task A_query_string_longer_than_Kestrel_allows_is_refused_with_a_4xx()
    {
        var uri = new Uri("/graphql?query=" + Uri.EscapeDataString("{ " + new string('a', 100_000) + " }"), UriKind.Relative);
        using var response = await fixture.Server.Client.GetAsync(uri).WaitAsync(PerRequestBound);

        Assert.InRange((int)response.StatusCode, 400, 499);
        await fixture.Server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task A_body_that_never_finishes_arriving_is_cut_off_within_a_bounded_time()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(fixture.Server.BaseAddress.Host, fixture.Server.BaseAddress.Port);
        var stream = socket.GetStream();
        var head = $"POST /graphql HTTP/1.1\r\nHost: {fixture.Server.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"query\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.FlushAsync();

        var clock = Stopwatch.StartNew();
        var answer = await ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(45));
        clock.Stop();
        output.WriteLine($"stalled body: after {clock.ElapsedMilliseconds} ms the server sent {Shorten(answer)}");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), "the stalled request was not cut off within 40 s");
        if (answer.Length > 0)
        {
            Assert.Matches(@"^HTTP/1\.1 4\d\d ", answer);
        }

        await fixture.Server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Headers_that_never_finish_arriving_are_cut_off_within_a_bounded_time()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(fixture.Server.BaseAddress.Host, fixture.Server.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: "));

        var clock = Stopwatch.StartNew();
        var answer = await ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(45));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), "the slow headers were not cut off within 40 s");
        if (answer.Length > 0)
        {
            Assert.Matches(@"^HTTP/1\.1 4\d\d ", answer);
        }

        await fixture.Server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Memory_stays_bounded_over_a_batch_of_big_requests()
    {
        var big = HostileRequests.All["a 900 KB string in the variables"].Body;
        var huge = HostileRequests.All["a 3 MB string in the variables"].Body;
        await fixture.Server.AssertStillAnswersAsync();
        var before = SettledMemory();

        for (var round = 0; round < 20; round++)
        {
            using var accepted = await fixture.Server.PostAsync(big).WaitAsync(PerRequestBound);
            Assert.True((int)accepted.StatusCode < 500);
            using var refused = await fixture.Server.PostAsync(huge).WaitAsync(PerRequestBound);
            Assert.InRange((int)refused.StatusCode, 400, 499);
        }

        var after = SettledMemory();
        output.WriteLine($"managed heap: {before / 1024 / 1024} MB before, {after / 1024 / 1024} MB after 20 × (900 KB + 3 MB) requests");
        Assert.True(after - before < 64L * 1024 * 1024, $"the managed heap grew by {(after - before) / 1024 / 1024} MB");
        await fixture.Server.AssertStillAnswersAsync();
    }

    private static long SettledMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task<string> ReadUntilClosedAsync(NetworkStream stream, TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset connection is an acceptable way to cut a stalled client off.
        }
        catch (OperationCanceledException)
        {
            // The bound ran out: the caller's assertion on the elapsed time reports it.
        }

        return Encoding.ASCII.GetString(received.ToArray());
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
