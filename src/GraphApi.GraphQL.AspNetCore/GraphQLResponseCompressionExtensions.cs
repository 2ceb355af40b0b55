using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Brotli and gzip for GraphQL responses when the client asks (<c>Accept-Encoding</c>), with ASP.NET Core's
/// response-compression middleware; GraphQL's two JSON media types are added to the compressible ones. An answer
/// that declares fewer than <see cref="MinimumCompressedBytes"/> bytes goes out as it is.
/// </summary>
public static class GraphQLResponseCompressionExtensions
{
    /// <summary>
    /// Below this, compressing saves nothing a client can feel: the answer and its headers fit in one TCP segment
    /// either way. Brotli made the 31-byte <c>{"data":{"__typename":"Query"}}</c> 35 bytes, sent chunked.
    /// </summary>
    public const int MinimumCompressedBytes = 1024;

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
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, MinimumSizeCompressionProvider>());
        return services;
    }

    public static IApplicationBuilder UseGraphQLResponseCompression(this IApplicationBuilder app) => app.UseResponseCompression();
}

/// <summary>ASP.NET Core's provider, except for answers whose Content-Length is below <see cref="GraphQLResponseCompressionExtensions.MinimumCompressedBytes"/>.</summary>
internal sealed class MinimumSizeCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        !(context.Response.ContentLength is { } length && length < GraphQLResponseCompressionExtensions.MinimumCompressedBytes)
        && base.ShouldCompressResponse(context);
}
