using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Digests of what an import writes, so that a re-import writes only what changed. A source's digest covers the
/// source, its mentions and its claims (all but the run that generated them, which every import changes); the graph's
/// digest covers every source digest and everything else the graph holds, so two imports of the same corpus have the
/// same graph digest and the second writes nothing. Both include <see cref="GraphModel.Layout"/>.
/// </summary>
internal static class GraphDigest
{
    // Computed properties (a claim's PROV views, a node's display name) are serialized too: they follow from the rest.
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// Covers the visibility instants written with the source too (its own and its claims', which also wait for the
    /// sources of their evidence), so that a source is rewritten when another source's visibility changes them.
    /// </summary>
    public static string OfSource(Source source, IEnumerable<Mention> mentions, IEnumerable<Claim> claims, GraphVisibility visibility)
    {
        var ordered = claims.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        return Hash(new
        {
            layout = GraphModel.Layout,
            source,
            mentions = mentions.OrderBy(m => m.Id, StringComparer.Ordinal),
            claims = ordered.Select(c => c with { WasGeneratedBy = string.Empty }),
            visibleFrom = ordered.Select(c => visibility.ClaimOf(c.Id)).Prepend(visibility.SourceOf(source.Id)),
        });
    }

    public static string OfGraph(KnowledgeGraph graph, IReadOnlyDictionary<string, string> sourceDigests) => Hash(new
    {
        layout = GraphModel.Layout,
        mentionBlock = GraphModel.MentionBlockSize,
        relationshipBlock = GraphModel.RelationshipBlockSize,
        relationshipBlockFields = GraphModel.RelationshipBlockFields,
        entities = graph.Entities,
        sources = OfItems(graph.Sources.Select(s => sourceDigests[s.Id])),
        generatedBy = OfItems(graph.Claims.Select(c => c.Id + "=" + c.WasGeneratedBy)),
        relationships = graph.Relationships,
        conflicts = OfItems(graph.Conflicts),
        corroborations = OfItems(graph.Corroborations),
        run = new { graph.Run.Id, graph.Run.ImporterVersion, graph.Run.SourceHashes },
        warnings = graph.Warnings,
        candidates = OfCandidates(graph.Candidates),
    });

    /// <summary>The digest of the candidates and their occurrences, kept on the run: an import rewrites them only when it changed.</summary>
    public static string OfCandidates(IReadOnlyList<Candidate> candidates) => Hash(new { layout = GraphModel.Layout, candidates = OfItems(candidates) });

    /// <summary>The digest of an entity's mention order (the sorted ids of the sources that mention it).</summary>
    /// <summary>An entity's mention order and the latest <c>visibleFrom</c> of its sources, so that a change of visibility rewrites it too.</summary>
    public static string OfMentionOrder(IReadOnlyList<string> sourceIds, long visibleFrom) =>
        Hash(new { layout = GraphModel.Layout, block = GraphModel.MentionBlockSize, sourceIds, visibleFrom });

    /// <summary>
    /// The digest of a conflict's or corroboration's properties (its id, reason, flags and <c>visibleFrom</c>), stored on
    /// it. It is the first 64 bits of a SHA-256, a number rather than a hex string, because a figure that n articles
    /// repeat makes n(n-1)/2 pairs (256k at 10k articles): Neo4j keeps a number inside the relationship's property
    /// record, where a 64-character string took a record of its string store per pair. It is only compared with the
    /// same pair's previous digest, so 64 bits are plenty.
    /// </summary>
    public static long OfClaimPair(string id, string reason, IReadOnlyList<string>? flags, long visibleFrom)
    {
        var fields = string.Join('\n', GraphModel.Layout, id, reason, flags is null ? "-" : "+" + string.Join('\u001f', flags), visibleFrom);
        return BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(fields)));
    }

    private static string Hash<T>(T value) => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, Json)));

    /// <summary>
    /// The digest of a list that grows with the corpus (corroborations grow with the square of a repeated figure), taken
    /// a chunk at a time, so that the whole list is never serialized into one buffer.
    /// </summary>
    private static string OfItems<T>(IEnumerable<T> items)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in items.Chunk(4096))
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(chunk, Json));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
