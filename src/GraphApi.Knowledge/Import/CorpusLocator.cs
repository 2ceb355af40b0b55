namespace GraphApi.Knowledge.Import;

/// <summary>
/// Resolves the corpus folder: an explicit argument, else <c>GRAPHAPI_SEEDS</c>, else the configured value
/// (<c>GraphApi:Seeds</c>), else a <c>seeds/</c> folder with a <c>sources/</c> inside, found by walking up from the
/// current directory and then from <see cref="AppContext.BaseDirectory"/> (so the server finds it whether started
/// from the repository root or from its bin folder).
/// </summary>
public static class CorpusLocator
{
    public const string EnvironmentVariable = "GRAPHAPI_SEEDS";
    public const string ConfigurationKey = "GraphApi:Seeds";
    public const string DefaultFolderName = "seeds";

    /// <summary>The corpus folder, or null when nothing names one and no <c>seeds/</c> is found.</summary>
    public static string? Locate(string? explicitPath = null, string? configuredPath = null, string? currentDirectory = null, string? baseDirectory = null, Func<string, string?>? environment = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return explicitPath;
        }

        var fromEnvironment = (environment ?? Environment.GetEnvironmentVariable)(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return configuredPath;
        }

        return WalkUp(currentDirectory ?? Directory.GetCurrentDirectory()) ?? WalkUp(baseDirectory ?? AppContext.BaseDirectory);
    }

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultFolderName);
            if (Directory.Exists(Path.Combine(candidate, "sources")))
            {
                return candidate;
            }
        }

        return null;
    }
}
