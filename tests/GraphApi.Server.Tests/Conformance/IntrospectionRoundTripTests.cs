using GraphApi.Testing;
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

        var introspected = await NodeScript.RunToSuccessAsync("introspection-sdl.mjs", [address.TrimEnd('/') + "/graphql"], TimeSpan.FromMinutes(1));

        var ours = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "schema", "schema.graphql"));
        Assert.Equal(ours.TrimEnd(), introspected.TrimEnd());
    }
}
