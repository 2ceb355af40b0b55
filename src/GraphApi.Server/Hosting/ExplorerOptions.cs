namespace GraphApi.Server.Hosting;

/// <summary>The explorer web app's settings, bound from <c>GraphApi:Explorer</c> (and <c>GRAPHAPI_EXPLORER</c> for <see cref="Enabled"/>).</summary>
public sealed class ExplorerOptions
{
    public const string SectionName = "GraphApi:Explorer";

    /// <summary>Serve the explorer at <c>/</c> and its fixed paths; off, those paths answer 404 and only the API is served.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder holding the built app (<c>index.html</c>, <c>assets/</c>); <c>wwwroot/</c> beside the server's binary when null.</summary>
    public string? Root { get; set; }
}
