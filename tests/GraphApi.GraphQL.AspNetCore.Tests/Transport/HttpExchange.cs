using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphApi.GraphQL.AspNetCore.Tests.Transport;

/// <summary>Builds raw requests (exact headers and bytes) and reads responses as status, media type and JSON.</summary>
internal static class HttpExchange
{
    public static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = null) =>
        Post(Encoding.UTF8.GetBytes(body), contentType, accept);

    public static HttpRequestMessage Post(byte[] body, string? contentType = "application/json", string? accept = null)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var message = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return message;
    }

    public static HttpRequestMessage Get(string pathAndQuery, string? accept = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return message;
    }

    public static async Task<Reply> ExchangeAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new Reply(response.StatusCode, response.Content.Headers.ContentType, body, response.Content.Headers.Allow.ToArray());
        }
    }

    internal sealed record Reply(HttpStatusCode Status, MediaTypeHeaderValue? ContentType, string Body, string[] Allow)
    {
        public string? MediaType => ContentType?.MediaType;

        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public string FirstErrorMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;

        public bool HasData => Json.TryGetProperty("data", out _);
    }
}
