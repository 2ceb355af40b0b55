using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Reads the request parameters of GraphQL over HTTP from a POST body (§"POST") or a GET query string (§"GET"),
/// refusing anything malformed with a 4xx <see cref="GraphQLHttpRequestError"/> rather than letting it reach the engine.
/// </summary>
public static class GraphQLHttpRequestReader
{
    private const string QueryKey = "query";
    private const string OperationNameKey = "operationName";
    private const string VariablesKey = "variables";
    private const string ExtensionsKey = "extensions";

    /// <summary>Reads a GET request: every parameter is a query-string value, and variables and extensions are JSON-encoded.</summary>
    public static (GraphQLHttpRequest? Request, GraphQLHttpRequestError? Error) ReadGet(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var key in new[] { QueryKey, OperationNameKey, VariablesKey, ExtensionsKey })
        {
            if (query[key].Count > 1)
            {
                return Fail($"The query-string parameter '{key}' was given {query[key].Count} times; give it once.");
            }
        }

        var document = query[QueryKey].ToString();
        var operationName = query[OperationNameKey].ToString();
        var (variables, variablesError) = ParseJsonObjectParameter(query[VariablesKey].ToString(), VariablesKey);
        if (variablesError is not null)
        {
            return (null, variablesError);
        }

        var (extensions, extensionsError) = ParseJsonObjectParameter(query[ExtensionsKey].ToString(), ExtensionsKey);
        if (extensionsError is not null)
        {
            return (null, extensionsError);
        }

        // A persisted query may omit the document and send its hash in extensions.persistedQuery instead.
        if (string.IsNullOrEmpty(document) && !PersistedQueryStore.HasHash(extensions))
        {
            return Fail("A GraphQL GET request needs a non-empty 'query' parameter in the query string.");
        }

        return (new GraphQLHttpRequest(document, operationName.Length == 0 ? null : operationName, variables, extensions, IsGet: true), null);
    }

    /// <summary>
    /// Reads a POST request whose body is a JSON object (§"POST": <c>application/json</c> is the required media type).
    /// The body is buffered up to <paramref name="maxBodySize"/> bytes, then parsed as strict UTF-8 JSON.
    /// </summary>
    public static async Task<(GraphQLHttpRequest? Request, GraphQLHttpRequestError? Error)> ReadPostAsync(
        HttpRequest request,
        long maxBodySize,
        CancellationToken cancellationToken,
        TimeSpan? bodyTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var contentTypeError = CheckContentType(request.ContentType);
        if (contentTypeError is not null)
        {
            return (null, contentTypeError);
        }

        if (request.ContentLength > maxBodySize)
        {
            return (null, TooLarge(maxBodySize));
        }

        // A declared length is read into one pooled array of that size (plus the byte that shows the body is over), up
        // to 64 KiB so that a declared length alone reserves little; beyond that, and for a chunked body, the pooled
        // array grows as the bytes arrive, up to the limit.
        using var buffer = new PooledBufferWriter(request.ContentLength is { } declared ? (int)Math.Min(declared + 1, 64 * 1024) : 4096);

        // A body that came whole in the first read ends with a read that returns 0 at once. Any other read may wait on a
        // client that trickles the body in just above the transport's minimum rate: those reads share one deadline.
        CancellationTokenSource? deadline = null;
        try
        {
            while (true)
            {
                if (bodyTimeout is { } limit && deadline is null && buffer.WrittenCount > 0 && buffer.WrittenCount != request.ContentLength)
                {
                    deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    deadline.CancelAfter(limit);
                }

                int read;
                try
                {
                    read = await request.Body.ReadAsync(buffer.GetMemory(), deadline?.Token ?? cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
                {
                    return (null, new GraphQLHttpRequestError(
                        StatusCodes.Status408RequestTimeout,
                        $"The request body was still arriving after {bodyTimeout!.Value.TotalSeconds:0.#} s and was cancelled.",
                        GraphQLHttpErrorCodes.RequestTimeout));
                }

                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > maxBodySize)
                {
                    return (null, TooLarge(maxBodySize));
                }
            }
        }
        finally
        {
            deadline?.Dispose();
        }

        if (buffer.WrittenCount == 0)
        {
            return Fail("The POST body is empty; send a JSON object such as {\"query\": \"{ __typename }\"}.");
        }

        // JSON text exchanged between systems must be UTF-8 (RFC 8259 §8.1). System.Text.Json only notices bad bytes
        // inside a string when the string is read, so the whole body is checked first to answer 400 rather than fail later.
        if (!Utf8.IsValid(buffer.WrittenSpan))
        {
            return Fail("The POST body is not valid UTF-8 JSON: it contains bytes that are not UTF-8.");
        }

        try
        {
            using var json = JsonDocument.Parse(buffer.WrittenMemory);
            if (HasEscape(buffer.WrittenSpan) && HasLoneSurrogate(json.RootElement))
            {
                return Fail("The POST body has a string with an unpaired UTF-16 surrogate escape (\\uD800 to \\uDFFF); JSON strings must be valid Unicode.");
            }

            return ReadBody(json.RootElement);
        }
        catch (JsonException exception)
        {
            // System.Text.Json also rejects invalid UTF-8 here, which the spec requires of the body (§"Request").
            return Fail($"The POST body is not valid UTF-8 JSON: {exception.Message}");
        }
    }

    private static GraphQLHttpRequestError? CheckContentType(string? contentType)
    {
        // What clients send almost always; parsing it would only confirm it.
        if (string.Equals(contentType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(contentType, GraphQLMediaTypes.JsonUtf8, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.IsNullOrEmpty(contentType))
        {
            return new GraphQLHttpRequestError(
                StatusCodes.Status415UnsupportedMediaType,
                "A GraphQL POST request needs the header 'Content-Type: application/json'.",
                GraphQLHttpErrorCodes.UnsupportedMediaType);
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLHttpRequestError(
                StatusCodes.Status415UnsupportedMediaType,
                $"The Content-Type '{contentType}' is not supported; send 'application/json'.",
                GraphQLHttpErrorCodes.UnsupportedMediaType);
        }

        // JSON is UTF-8 (RFC 8259 §8.1); a body declared in another charset would be misread, so it is refused.
        if (parsed.Charset.HasValue
            && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !parsed.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLHttpRequestError(
                StatusCodes.Status415UnsupportedMediaType,
                $"The charset '{parsed.Charset}' is not supported; send 'application/json' encoded as UTF-8.",
                GraphQLHttpErrorCodes.UnsupportedMediaType);
        }

        return null;
    }

    /// <summary>
    /// Whether the body holds a <c>\u</c> escape at all. Without one no string can hold a lone surrogate (valid UTF-8
    /// cannot encode one), so the walk below, which reads every string and member name once more, is skipped; most
    /// bodies have none.
    /// </summary>
    private static bool HasEscape(ReadOnlySpan<byte> body) => body.IndexOf("\\u"u8) >= 0;

    /// <summary>
    /// Whether a string or member name holds an escaped lone surrogate such as <c>"\ud800"</c>: valid JSON syntax
    /// (RFC 8259 §8.2) but not text, and System.Text.Json throws when such a string is read, so it is refused up front.
    /// </summary>
    private static bool HasLoneSurrogate(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return false;
                case JsonValueKind.Object:
                    foreach (var member in element.EnumerateObject())
                    {
                        _ = member.Name;
                        if (HasLoneSurrogate(member.Value))
                        {
                            return true;
                        }
                    }

                    return false;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (HasLoneSurrogate(item))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static (GraphQLHttpRequest? Request, GraphQLHttpRequestError? Error) ReadBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail($"The POST body must be a JSON object with a 'query' member, not a JSON {Describe(root.ValueKind)}.");
        }

        string? document = null;
        string? operationName = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        foreach (var member in root.EnumerateObject())
        {
            switch (member.Name)
            {
                case QueryKey:
                    if (member.Value.ValueKind != JsonValueKind.String)
                    {
                        return Fail($"The 'query' parameter must be a string, not a JSON {Describe(member.Value.ValueKind)}.");
                    }

                    document = member.Value.GetString();
                    break;
                case OperationNameKey:
                    if (member.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        return Fail($"The 'operationName' parameter must be a string or null, not a JSON {Describe(member.Value.ValueKind)}.");
                    }

                    operationName = member.Value.GetString();
                    break;
                case VariablesKey:
                    if (member.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        return Fail($"The 'variables' parameter must be a JSON object or null, not a JSON {Describe(member.Value.ValueKind)}.");
                    }

                    variables = member.Value.ValueKind == JsonValueKind.Object ? member.Value.Clone() : null;
                    break;
                case ExtensionsKey:
                    if (member.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        return Fail($"The 'extensions' parameter must be a JSON object or null, not a JSON {Describe(member.Value.ValueKind)}.");
                    }

                    extensions = member.Value.ValueKind == JsonValueKind.Object ? member.Value.Clone() : null;
                    break;
                default:
                    // The spec allows other members and asks servers to ignore those they do not know.
                    break;
            }
        }

        if (string.IsNullOrEmpty(document) && !PersistedQueryStore.HasHash(extensions))
        {
            return Fail("The POST body has no 'query' parameter; the spec makes it required.");
        }

        return (new GraphQLHttpRequest(document ?? string.Empty, operationName, variables, extensions, IsGet: false), null);
    }

    private static (JsonElement? Value, GraphQLHttpRequestError? Error) ParseJsonObjectParameter(string text, string name)
    {
        if (text.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (json.RootElement.Clone(), null),
                JsonValueKind.Null => (null, null),
                var kind => (null, new GraphQLHttpRequestError(
                    StatusCodes.Status400BadRequest,
                    $"The '{name}' query-string parameter must be a JSON-encoded object, not a JSON {Describe(kind)}.",
                    GraphQLHttpErrorCodes.BadRequest)),
            };
        }
        catch (JsonException exception)
        {
            return (null, new GraphQLHttpRequestError(
                StatusCodes.Status400BadRequest,
                $"The '{name}' query-string parameter is not valid JSON: {exception.Message}",
                GraphQLHttpErrorCodes.BadRequest));
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "value",
    };

    private static GraphQLHttpRequestError TooLarge(long maxBodySize) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the limit of {maxBodySize} bytes.", GraphQLHttpErrorCodes.PayloadTooLarge);

    private static (GraphQLHttpRequest? Request, GraphQLHttpRequestError? Error) Fail(string message) =>
        (null, new GraphQLHttpRequestError(StatusCodes.Status400BadRequest, message, GraphQLHttpErrorCodes.BadRequest));
}
