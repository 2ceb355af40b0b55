namespace GraphApi.Bolt.Messages;

/// <summary>SUCCESS: the request completed; metadata holds fields, has_more, bookmark, server and so on.</summary>
internal sealed class SuccessMessage(IReadOnlyDictionary<string, object?> metadata) : ResponseMessage
{
    public override string Name => "SUCCESS";

    public IReadOnlyDictionary<string, object?> Metadata { get; } = metadata;

    /// <summary>PULL/DISCARD SUCCESS with has_more = true (4.0+): more records wait on the server.</summary>
    public bool HasMore => Metadata.TryGetValue("has_more", out var value) && value is true;

    public string? GetString(string key) => Metadata.TryGetValue(key, out var value) ? value as string : null;
}
