using GraphApi.Testing;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphApi.Benchmarks.Peers;

/// <summary>
/// <c>graphql-net --port P [--schema FILE]</c>: the second peer of the load benchmark, GraphQL.NET 8 (GraphQL and
/// GraphQL.SystemTextJson) built schema-first from <c>schema/schema.graphql</c> behind a minimal Kestrel endpoint, as its
/// documentation sets one up: the request read with its serializer, <c>DocumentExecuter</c>, the result written back.
/// It has no resolvers (it answers <c>{__typename}</c> and introspection, the cases it is compared on) and no logging.
/// </summary>
public static class GraphQLNetPeerCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var port = arguments.GetInt("port", 5104);
        var sdl = await File.ReadAllTextAsync(arguments.Get("schema") ?? Repository.PathOf("schema", "schema.graphql")).ConfigureAwait(false);
        // Schema-first types need a way to resolve interfaces; no interface value is ever returned here (no resolvers).
        var interfaces = System.Text.RegularExpressions.Regex.Matches(sdl, @"^interface (\w+)", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var schema = global::GraphQL.Types.Schema.For(sdl, builder =>
        {
            foreach (var name in interfaces)
            {
                builder.Types.For(name).ResolveType = _ => null!;
            }
        });
        schema.Initialize();
        var executer = new DocumentExecuter();
        var serializer = new GraphQLSerializer();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/graphql", async context =>
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
            var result = await executer.ExecuteAsync(options =>
            {
                options.Schema = schema;
                options.Query = request?.Query;
                options.OperationName = request?.OperationName;
                options.Variables = request?.Variables;
                options.CancellationToken = context.RequestAborted;
            }).ConfigureAwait(false);
            context.Response.ContentType = "application/json";
            await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
        });
        app.MapGet("/health/ready", () => "ready");
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
