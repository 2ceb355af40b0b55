using System.Text.Json;
using GraphApi.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GraphApi.Server.Tests.Conformance;

/// <summary>
/// The graphql-http audit suite (GraphQL over HTTP: every MUST, SHOULD and MAY it checks) against the real server with
/// the knowledge-graph schema and its default settings: every audit must pass, with no warning.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_server_passes_every_graphql_http_audit()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        string report;
        try
        {
            report = await NodeScript.RunToSuccessAsync("audit.mjs", [address.TrimEnd('/') + "/graphql"], TimeSpan.FromMinutes(2));
        }
        catch (Xunit.Sdk.XunitException failed)
        {
            // audit.mjs exits 1 when an audit warns or fails; its report is in the message.
            throw new Xunit.Sdk.XunitException("graphql-http audits did not all pass: " + failed.Message);
        }

        using var json = JsonDocument.Parse(report);
        var root = json.RootElement;
        output.WriteLine($"graphql-http audits: {root.GetProperty("ok").GetInt32()} of {root.GetProperty("total").GetInt32()} passed, {root.GetProperty("warn").GetInt32()} warnings");
        Assert.Equal(0, root.GetProperty("warn").GetInt32());
        Assert.Equal(0, root.GetProperty("error").GetInt32());
        Assert.Equal(root.GetProperty("total").GetInt32(), root.GetProperty("ok").GetInt32());
        Assert.True(root.GetProperty("total").GetInt32() >= 50, "the audit suite should run all of its audits");
    }
}
