namespace GraphApi.Bolt;

/// <summary>The auth map sent in INIT, HELLO (before 5.1) or LOGON (5.1+): scheme, principal, credentials.</summary>
public sealed class AuthToken
{
    internal AuthToken(IReadOnlyDictionary<string, object?> content)
    {
        Content = content;
    }

    internal IReadOnlyDictionary<string, object?> Content { get; }

    public string Scheme => Content.TryGetValue("scheme", out var scheme) ? scheme as string ?? "none" : "none";

    /// <summary>The credentials are left out so a token can be logged.</summary>
    public override string ToString() =>
        Content.TryGetValue("principal", out var principal) ? $"{Scheme} auth for {principal}" : $"{Scheme} auth";
}
