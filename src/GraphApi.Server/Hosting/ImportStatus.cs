namespace GraphApi.Server.Hosting;

/// <summary>The outcome of the server's last import, as the admin endpoint reports it.</summary>
public sealed record ImportStatus(string State, string? RunId, int Sources, int Entities, int Claims, IReadOnlyList<string> Errors)
{
    public static ImportStatus NotStarted { get; } = new("not-started", null, 0, 0, 0, []);

    public bool Succeeded => State == "imported";

    public static ImportStatus Imported(string runId, int sources, int entities, int claims) => new("imported", runId, sources, entities, claims, []);

    public static ImportStatus Failed(IReadOnlyList<string> errors) => new("failed", null, 0, 0, 0, errors);
}
