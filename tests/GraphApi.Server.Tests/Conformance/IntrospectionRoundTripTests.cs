using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests.Conformance;

/// <summary>
/// The reference implementation as oracle (GraphQL spec §4 "Introspection"): graphql-js sends its full introspection
/// query (every option on) to the running server with its default limits, rebuilds the schema with
/// <c>buildClientSchema</c> and prints it with <c>printSchema</c>; the result must be our printed SDL,
/// <c>schema/schema.graphql</c>, character for character. Needs node and the packages that
/// <c>scripts/conformance.sh --prepare</c> installs; their absence fails the test.
/// </summary>
public sealed class IntrospectionRoundTripTests
{
    [Fact]
    public async Task Graphql_js_rebuilds_exactly_our_printed_schema_from_our_introspection()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var repository = Path.GetDirectoryName(TestCorpus.RepositorySeeds)!;
        var scripts = Path.Combine(repository, "scripts", "conformance");
        Assert.True(Directory.Exists(Path.Combine(scripts, "node_modules", "graphql")), "graphql-js is not installed: run scripts/conformance.sh --prepare (the test command does).");

        var start = new ProcessStartInfo("node", ["introspection-sdl.mjs", address.TrimEnd('/') + "/graphql"])
        {
            WorkingDirectory = scripts,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; install Node.js.");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await node.WaitForExitAsync(timeout.Token);

        Assert.True(node.ExitCode == 0, await error);
        var ours = await File.ReadAllTextAsync(Path.Combine(repository, "schema", "schema.graphql"));
        Assert.Equal(ours.TrimEnd(), (await output).TrimEnd());
    }
}
