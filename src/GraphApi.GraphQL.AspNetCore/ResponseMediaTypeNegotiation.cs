using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Chooses the response media type from the <c>Accept</c> header (GraphQL over HTTP §"Accept"):
/// the acceptable entry with the highest quality wins, earlier entries break ties, and wildcards mean <c>application/json</c>.
/// </summary>
public static class ResponseMediaTypeNegotiation
{
    /// <summary>How many distinct Accept headers are remembered; clients send a handful, and a hostile one cannot grow it further.</summary>
    internal const int RememberedHeaders = 256;

    // Parsing the header was a tenth of a {__typename} request's CPU in the profile (docs/performance.md); the answer
    // depends on the header's text alone, so it is remembered per text.
    private static readonly ConcurrentDictionary<string, string> Chosen = new(StringComparer.Ordinal);
    private const string NoneAcceptable = "";

    /// <summary>
    /// Returns <see cref="GraphQLMediaTypes.GraphQLResponse"/> or <see cref="GraphQLMediaTypes.Json"/>, or null when the client
    /// accepts neither (the caller answers 406). A missing header is treated as <c>application/json</c>, as the spec asks
    /// of servers until the watershed.
    /// </summary>
    public static string? Choose(StringValues acceptHeader)
    {
        if (StringValues.IsNullOrEmpty(acceptHeader))
        {
            return GraphQLMediaTypes.Json;
        }

        if (acceptHeader.Count != 1)
        {
            return Negotiate(acceptHeader);
        }

        var text = acceptHeader[0]!;
        if (Chosen.TryGetValue(text, out var remembered))
        {
            return remembered.Length == 0 ? null : remembered;
        }

        var chosen = Negotiate(acceptHeader);
        if (Chosen.Count < RememberedHeaders)
        {
            Chosen.TryAdd(text, chosen ?? NoneAcceptable);
        }

        return chosen;
    }

    private static string? Negotiate(StringValues acceptHeader)
    {
        if (!MediaTypeHeaderValue.TryParseList(acceptHeader, out var entries) || entries.Count == 0)
        {
            return null;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var entry in entries)
        {
            var quality = entry.Quality ?? 1.0;
            if (quality <= bestQuality || !IsUtf8(entry))
            {
                continue;
            }

            var candidate = Match(entry);
            if (candidate is not null)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static string? Match(MediaTypeHeaderValue entry)
    {
        var mediaType = entry.MediaType;
        if (mediaType.Equals(GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLMediaTypes.GraphQLResponse;
        }

        // A wildcard keeps the legacy type: clients that predate the spec send */* and expect 200 for GraphQL errors.
        if (mediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLMediaTypes.Json;
        }

        return null;
    }

    // The spec only defines UTF-8 responses (§"Accept"), so an entry demanding another charset is not acceptable.
    private static bool IsUtf8(MediaTypeHeaderValue entry) =>
        !entry.Charset.HasValue
        || entry.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || entry.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
