namespace GraphApi.Testing;

/// <summary>
/// A private copy of the repository's <c>seeds/</c> in a temporary folder, for tests that drop articles in, remove the
/// curated claims (so that extraction reads every article) or write review decisions. Deleted on dispose.
/// </summary>
public sealed class SeedCorpusCopy : IDisposable
{
    private SeedCorpusCopy(bool withClaims)
    {
        Root = Path.Combine(Path.GetTempPath(), "graphapi-seeds-" + Guid.NewGuid().ToString("N"));
        var seeds = Repository.PathOf("seeds");
        Copy(Path.Combine(seeds, "sources"), Path.Combine(Root, "sources"));
        Copy(Path.Combine(seeds, "knowledge"), Path.Combine(Root, "knowledge"));
        if (!withClaims)
        {
            Directory.Delete(Path.Combine(Root, "knowledge", "claims"), recursive: true);
        }
    }

    public string Root { get; }

    public string Knowledge => Path.Combine(Root, "knowledge");

    public string Sources => Path.Combine(Root, "sources");

    /// <summary>The seeds as they are.</summary>
    public static SeedCorpusCopy Full() => new(withClaims: true);

    /// <summary>The seeds with <c>knowledge/claims/</c> removed: entities and metadata known, every claim to be extracted.</summary>
    public static SeedCorpusCopy WithoutClaims() => new(withClaims: false);

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Copies an article file into <c>sources/</c> and returns its new path.</summary>
    public string AddArticle(string path)
    {
        var target = Path.Combine(Sources, Path.GetFileName(path));
        File.Copy(path, target);
        return target;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
