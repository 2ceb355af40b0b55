namespace GraphApi.Server.Hosting;

/// <summary>
/// Where the server reads <c>appsettings.json</c> from. ASP.NET Core takes the working directory as the content root,
/// so the built server started from anywhere else (<c>dotnet out/GraphApi.Server.dll</c>, as README's production
/// command does) found no settings file and ran without its production defaults: Information logs for every request,
/// four lines each. When the working directory has no <c>appsettings.json</c> and the server's own folder has one, the
/// server's folder is the content root. A content root the operator names (<c>--contentRoot</c>,
/// <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>) always wins.
/// </summary>
public static class ServerContentRoot
{
    private const string SettingsFile = "appsettings.json";

    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Choose(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Environment.GetEnvironmentVariable),
    };

    /// <summary>The server's folder when it should be the content root; null to leave ASP.NET Core's choice alone.</summary>
    public static string? Choose(string[] args, string workingDirectory, string serverDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var named = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)
                || a.StartsWith("/contentRoot", StringComparison.OrdinalIgnoreCase)
                || a.StartsWith("contentRoot=", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"));
        if (named || File.Exists(Path.Combine(workingDirectory, SettingsFile)) || !File.Exists(Path.Combine(serverDirectory, SettingsFile)))
        {
            return null;
        }

        return serverDirectory;
    }
}
