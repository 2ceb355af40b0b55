namespace GraphApi.Knowledge.Stores;

/// <summary>What a store holds, for health checks and the import report.</summary>
public sealed record StoreHealth(bool Ready, string? RunId, DateTimeOffset? ImportedAt, int Entities, int Sources, int Claims, int Mentions, int Conflicts, string? Detail = null);
