using System.Text.Json;
using GraphApi.Testing;
using GraphApi.GraphQL.AspNetCore.Tests.Hosting;
using Xunit.Abstractions;

namespace GraphApi.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>
/// The graphql-http audit suite (GraphQL over HTTP: every MUST, SHOULD and MAY it can check) against a live host.
/// The reference server of graphql-http passes every audit; ours must too, with no warnings.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    internal static string TestSchemaSdl => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Conformance", "TestSchema.graphql"));

    [Fact]
    public async Task The_transport_passes_every_graphql_http_audit()
    {
        await using var engine = await ReferenceEngineExecutor.StartAsync(TestSchemaSdl);
        await using var host = await GraphQLTestHost.StartAsync(engine);

        var summary = await RunAuditAsync(host.Endpoint);

        Assert.Empty(summary.Failures);
        Assert.Equal(summary.Total, summary.Passed);
    }

    [Fact]
    public async Task Our_engine_behind_the_transport_passes_every_graphql_http_audit()
    {
        await using var host = await GraphQLTestHost.StartAsync(Engine.TransportTestSchema.Build());

        var summary = await RunAuditAsync(host.Endpoint);

        Assert.Empty(summary.Failures);
        Assert.Equal(summary.Total, summary.Passed);
    }

    internal async Task<AuditSummary> RunAuditAsync(Uri endpoint)
    {
        var (exitCode, stdout, stderr) = await NodeScript.RunAsync("audit.mjs", [endpoint.ToString()], TimeSpan.FromMinutes(2));
        Assert.True(exitCode is 0 or 1, $"audit.mjs crashed with exit code {exitCode}: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var failures = root.GetProperty("results").EnumerateArray()
            .Where(result => result.GetProperty("status").GetString() != "ok")
            .Select(result => $"{result.GetProperty("status").GetString()} {result.GetProperty("id").GetString()} {result.GetProperty("name").GetString()}: {result.GetProperty("reason").GetString()}")
            .ToList();
        var summary = new AuditSummary(root.GetProperty("total").GetInt32(), root.GetProperty("ok").GetInt32(), failures);
        output.WriteLine($"graphql-http audits: {summary.Passed} of {summary.Total} passed, {root.GetProperty("warn").GetInt32()} warnings, {root.GetProperty("error").GetInt32()} errors");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        return summary;
    }

    internal sealed record AuditSummary(int Total, int Passed, IReadOnlyList<string> Failures);
}
