namespace GraphApi.Bolt;

/// <summary>
/// The auth map sent in INIT, HELLO (before 5.1) or LOGON (5.1+): scheme, principal, credentials, realm and
/// scheme-specific parameters. Two tokens with the same content are equal, which is how a pooled connection
/// knows whether it must log on again before serving a session with other credentials.
/// </summary>
public sealed class AuthToken : IEquatable<AuthToken>
{
    internal AuthToken(IReadOnlyDictionary<string, object?> content)
    {
        Content = content;
    }

    internal IReadOnlyDictionary<string, object?> Content { get; }

    public string Scheme => Content.TryGetValue("scheme", out var scheme) ? scheme as string ?? "none" : "none";

    public bool Equals(AuthToken? other) =>
        other is not null && (ReferenceEquals(this, other) || ValueEquality.MapsEqual(Content, other.Content));

    public override bool Equals(object? obj) => Equals(obj as AuthToken);

    public override int GetHashCode() => HashCode.Combine(Scheme, Content.Count);

    /// <summary>The credentials are left out so a token can be logged.</summary>
    public override string ToString() =>
        Content.TryGetValue("principal", out var principal) ? $"{Scheme} auth for {principal}" : $"{Scheme} auth";
}
