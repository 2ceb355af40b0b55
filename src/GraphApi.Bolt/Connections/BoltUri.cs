using System.Globalization;

namespace GraphApi.Bolt.Connections;

/// <summary>
/// A parsed bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// URI: the first server to contact,
/// what TLS the scheme asks for, whether a routing table is fetched, and the routing context (the URI's query
/// string plus the address, sent in HELLO and ROUTE so that server-side routing policies can apply).
/// </summary>
internal sealed record BoltUri(ServerAddress Address, EncryptionMode Encryption, bool Routing, IReadOnlyDictionary<string, object?> RoutingContext)
{
    public static BoltUri Parse(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException($"The Neo4j URI '{uri}' must be absolute, like bolt://localhost:7687.", nameof(uri));
        }

        var (encryption, routing) = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (EncryptionMode.None, false),
            "bolt+s" => (EncryptionMode.Validated, false),
            "bolt+ssc" => (EncryptionMode.TrustAnyCertificate, false),
            "neo4j" => (EncryptionMode.None, true),
            "neo4j+s" => (EncryptionMode.Validated, true),
            "neo4j+ssc" => (EncryptionMode.TrustAnyCertificate, true),
            _ => throw new ArgumentException(
                $"The URI scheme '{uri.Scheme}' is not supported; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.",
                nameof(uri)),
        };

        var port = uri.IsDefaultPort || uri.Port < 0 ? ServerAddress.DefaultPort : uri.Port;
        var address = new ServerAddress(uri.Host.Trim('[', ']'), port);
        var context = new Dictionary<string, object?>(StringComparer.Ordinal) { ["address"] = address.ToString() };
        foreach (var (key, value) in Query(uri))
        {
            if (!routing)
            {
                throw new ArgumentException(
                    $"The URI '{uri}' has a routing context ('{key}'), which only neo4j:// URIs take; bolt:// talks to one server.",
                    nameof(uri));
            }

            if (key == "address" || !context.TryAdd(key, value))
            {
                throw new ArgumentException($"The routing context of '{uri}' names '{key}' twice or reserves it.", nameof(uri));
            }
        }

        return new BoltUri(address, encryption, routing, context);
    }

    private static IEnumerable<(string Key, string Value)> Query(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            yield break;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new ArgumentException($"The routing context entry '{pair}' in '{uri}' must be key=value.", nameof(uri));
            }

            yield return (Uri.UnescapeDataString(pair[..equals]), Uri.UnescapeDataString(pair[(equals + 1)..]));
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(Routing ? "neo4j" : "bolt")}://{Address}");
}
