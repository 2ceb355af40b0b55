using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Resolves persisted operations for the endpoint: trusted documents loaded from a file, and automatic persisted
/// queries registered by clients (Apollo's protocol, version 1) in a bounded in-memory map.
/// </summary>
public sealed class PersistedQueryStore
{
    public const string NotFoundMessage = "PersistedQueryNotFound";
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotSupportedMessage = "PersistedQueryNotSupported";
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string TrustedOnlyCode = "PERSISTED_QUERY_ONLY";

    private readonly PersistedQueryOptions _options;
    private readonly IReadOnlyDictionary<string, string> _trusted;
    private readonly HashSet<string> _trustedDocuments;
    private readonly ConcurrentDictionary<string, string> _registered = new(StringComparer.Ordinal);

    public PersistedQueryStore(PersistedQueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _trusted = options.TrustedDocumentsFile is { } file ? LoadTrustedDocuments(file) : new Dictionary<string, string>();
        _trustedDocuments = [.. _trusted.Values];
        if (options.TrustedDocumentsOnly && options.TrustedDocumentsFile is null)
        {
            throw new InvalidOperationException("TrustedDocumentsOnly is on but no TrustedDocumentsFile is configured.");
        }
    }

    /// <summary>The lowercase hex SHA-256 of the UTF-8 document, as APQ and trusted-document manifests key it.</summary>
    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>True when the request's extensions carry a persisted-query hash (the query text may then be absent).</summary>
    public static bool HasHash(JsonElement? extensions) => TryReadPersistedQuery(extensions, out _, out _);

    /// <summary>
    /// The request with its document filled in, or the refusal to answer: an unknown hash, a hash that does not match
    /// the query sent with it, an unsupported version, or an ad-hoc document when only trusted documents run. Queries
    /// registered by callers of one <paramref name="partition"/> (<see cref="GraphQLServerOptions.CachePartition"/>) are
    /// served to that partition only; trusted documents to everyone.
    /// </summary>
    public (GraphQLHttpRequest? Request, PersistedQueryRefusal? Refusal) Resolve(GraphQLHttpRequest request, string? partition = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hasHash = TryReadPersistedQuery(request.Extensions, out var version, out var hash);
        if (!hasHash)
        {
            return _options.TrustedDocumentsOnly && !_trustedDocuments.Contains(request.Query)
                ? (null, new(StatusCodes.Status400BadRequest, "Only trusted documents are accepted here; send the document's hash in extensions.persistedQuery.sha256Hash.", TrustedOnlyCode))
                : (request, null);
        }

        if (version != 1)
        {
            return (null, new(StatusCodes.Status400BadRequest, NotSupportedMessage, NotSupportedCode));
        }

        if (string.IsNullOrEmpty(request.Query))
        {
            if (_trusted.TryGetValue(hash, out var trusted) || (!_options.TrustedDocumentsOnly && _registered.TryGetValue(RegistryKey(partition, hash), out trusted)))
            {
                return (request with { Query = trusted }, null);
            }

            // Apollo clients answer this by sending the query with its hash; it is not an HTTP failure.
            return (null, new(StatusCodes.Status200OK, NotFoundMessage, NotFoundCode));
        }

        if (!string.Equals(Hash(request.Query), hash, StringComparison.Ordinal))
        {
            return (null, new(StatusCodes.Status400BadRequest, "provided sha does not match query", HashMismatchCode));
        }

        if (_options.TrustedDocumentsOnly)
        {
            return _trusted.ContainsKey(hash)
                ? (request, null)
                : (null, new(StatusCodes.Status400BadRequest, "Only trusted documents are accepted here; this document is not one.", TrustedOnlyCode));
        }

        if (_options.EnableAutomaticPersistedQueries && !_trusted.ContainsKey(hash))
        {
            if (_registered.Count >= _options.MaxEntries && _registered.Keys.FirstOrDefault() is { } evicted)
            {
                _registered.TryRemove(evicted, out _);
            }

            _registered[RegistryKey(partition, hash)] = request.Query;
        }

        return (request, null);
    }

    private static string RegistryKey(string? partition, string hash) => partition is null ? hash : partition + "\n" + hash;

    private static bool TryReadPersistedQuery(JsonElement? extensions, out int version, out string hash)
    {
        version = 0;
        hash = string.Empty;
        if (extensions is not { ValueKind: JsonValueKind.Object } map
            || !map.TryGetProperty("persistedQuery", out var persisted)
            || persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("sha256Hash", out var sha)
            || sha.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        hash = sha.GetString()!.ToLowerInvariant();
        version = persisted.TryGetProperty("version", out var v) && v.TryGetInt32(out var number) ? number : 0;
        return true;
    }

    private static Dictionary<string, string> LoadTrustedDocuments(string file)
    {
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"The trusted documents file {file} does not exist.");
        }

        Dictionary<string, string>? documents;
        try
        {
            documents = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The trusted documents file {file} is not a JSON object of hash → document: {e.Message}", e);
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, document) in documents ?? [])
        {
            var hash = key.StartsWith("sha256:", StringComparison.Ordinal) ? key[7..] : key;
            if (!string.Equals(Hash(document), hash.ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The trusted documents file {file}: the key '{key}' is not the SHA-256 of its document.");
            }

            result[hash.ToLowerInvariant()] = document;
        }

        return result;
    }
}

/// <summary>Why a persisted-operation request is not run: the HTTP status, the error message and its <c>extensions.code</c>.</summary>
public sealed record PersistedQueryRefusal(int StatusCode, string Message, string Code);
