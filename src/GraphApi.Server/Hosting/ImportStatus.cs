namespace GraphApi.Server.Hosting;

/// <summary>The outcome of the server's last import, as the admin endpoint reports it.</summary>
public sealed record ImportStatus(string State, string? RunId, int Sources, int Entities, int Claims, IReadOnlyList<string> Errors)
{
    public static ImportStatus NotStarted { get; } = new("not-started", null, 0, 0, 0, []);

    public bool Succeeded => State == "imported";

    public static ImportStatus Imported(string runId, int sources, int entities, int claims) => new("imported", runId, sources, entities, claims, []);

    /// <summary>The import could not run to the end because the store was unavailable (worth retrying), rather than refused.</summary>
    public bool StoreUnavailable => State == "store-unavailable";

    public static ImportStatus Failed(IReadOnlyList<string> errors, bool storeUnavailable = false) =>
        new(storeUnavailable ? "store-unavailable" : "failed", null, 0, 0, 0, errors);
}
