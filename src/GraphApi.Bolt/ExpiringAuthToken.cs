namespace GraphApi.Bolt;

/// <summary>A token and the moment it stops being valid (null: never), as a bearer token provider returns it.</summary>
public sealed record ExpiringAuthToken(AuthToken Token, DateTimeOffset? ExpiresAt);
