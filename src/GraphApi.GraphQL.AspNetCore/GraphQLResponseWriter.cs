using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Writes response maps (§7.1 "Response Format") with <see cref="Utf8JsonWriter"/> straight into the response's
/// <see cref="HttpResponse.BodyWriter"/>, so no intermediate string or stream copy is made.
/// </summary>
public static class GraphQLResponseWriter
{
    // Responses are JSON, never HTML, so HTML-sensitive characters need no escaping; non-ASCII text (Arabic names,
    // emoji) is written as UTF-8 rather than \u escapes, which keeps responses small and readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The Content-Type of an answer in <paramref name="mediaType"/>: the two GraphQL types without a new string per request.</summary>
    private static string Labelled(string mediaType) => mediaType switch
    {
        GraphQLMediaTypes.Json => GraphQLMediaTypes.JsonUtf8,
        GraphQLMediaTypes.GraphQLResponse => GraphQLMediaTypes.GraphQLResponseUtf8,
        _ => mediaType + "; charset=utf-8",
    };

    /// <summary>Writes an engine response with the negotiated media type, always UTF-8 (GraphQL over HTTP §"Response").</summary>
    public static async Task WriteAsync(
        HttpResponse response,
        int statusCode,
        string mediaType,
        GraphQLResponse result,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        response.StatusCode = statusCode;
        response.ContentType = Labelled(mediaType);
        response.Headers.XContentTypeOptions = "nosniff";

        // The whole answer is gathered first, so it goes out with a Content-Length in one write rather than chunked.
        using var buffer = new PooledBufferWriter(4096);
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            result.WriteTo(writer);
        }

        response.ContentLength = buffer.WrittenCount;
        await response.BodyWriter.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a GET query's response with a strong <c>ETag</c> of its bytes (and <c>Cache-Control: no-cache</c>, so
    /// clients revalidate); when the request's <c>If-None-Match</c> names that tag, answers 304 with no body. With a
    /// <paramref name="partition"/> (the caller's class, <see cref="GraphQLServerOptions.CachePartition"/>) the tag is
    /// derived from it too, so a tag given to one class of caller never validates another's request, and the response
    /// is private.
    /// </summary>
    public static async Task WriteWithETagAsync(
        HttpRequest request,
        HttpResponse response,
        string mediaType,
        GraphQLResponse result,
        CancellationToken cancellationToken,
        string? partition = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new PooledBufferWriter(4096);
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            result.WriteTo(writer);
        }

        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        if (partition is not null)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(partition + "\n"));
        }

        hash.AppendData(buffer.WrittenSpan);
        var tag = "\"" + Convert.ToHexStringLower(hash.GetHashAndReset()[..16]) + "\"";
        response.Headers.ETag = tag;
        response.Headers.CacheControl = partition is null ? "no-cache" : "private, no-cache";
        response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, "Accept");
        if (Microsoft.Net.Http.Headers.EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
            && tags.Any(t => t.Tag.Equals(tag, StringComparison.Ordinal) || t.Equals(Microsoft.Net.Http.Headers.EntityTagHeaderValue.Any)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = Labelled(mediaType);
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentLength = buffer.WrittenCount;
        await response.BodyWriter.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a response map holding one request error and no <c>data</c> entry (§7.1.2 "Errors"), for requests the
    /// transport refuses before the engine runs them.
    /// </summary>
    public static async Task WriteErrorAsync(
        HttpResponse response,
        int statusCode,
        string mediaType,
        string message,
        string code,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = statusCode;
        response.ContentType = Labelled(mediaType);
        response.Headers.XContentTypeOptions = "nosniff";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", code);
            writer.WriteEndObject();

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
