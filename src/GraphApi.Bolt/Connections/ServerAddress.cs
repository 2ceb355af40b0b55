namespace GraphApi.Bolt.Connections;

/// <summary>
/// Where and how to connect, parsed from a bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or
/// neo4j+ssc:// URI. The neo4j schemes are accepted against a single server: no routing table is fetched.
/// </summary>
internal sealed record ServerAddress(string Host, int Port, EncryptionMode Encryption, bool RoutingScheme)
{
    public const int DefaultPort = 7687;

    public static ServerAddress Parse(Uri uri)
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

        var port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port;
        return new ServerAddress(uri.Host, port, encryption, routing);
    }

    public override string ToString() => $"{Host}:{Port}";
}
