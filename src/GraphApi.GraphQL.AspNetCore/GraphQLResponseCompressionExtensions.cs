using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Brotli and gzip for GraphQL responses when the client asks (<c>Accept-Encoding</c>), with ASP.NET Core's
/// response-compression middleware; GraphQL's two JSON media types are added to the compressible ones.
/// </summary>
public static class GraphQLResponseCompressionExtensions
{
    public static IServiceCollection AddGraphQLResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // GraphQL responses carry no secrets chosen by a third party next to attacker-controlled text in the
            // same response on this read-only API, so compression over HTTPS is on (BREACH needs both).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, GraphQLMediaTypes.GraphQLResponse, GraphQLMediaTypes.Json];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseGraphQLResponseCompression(this IApplicationBuilder app) => app.UseResponseCompression();
}
