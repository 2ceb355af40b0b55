namespace GraphApi.Knowledge.Tests;

/// <summary>A private copy of the fixture corpus in a temporary folder, for tests that change files.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus(string fixture = "corpus")
    {
        Root = Path.Combine(Path.GetTempPath(), "graphapi-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(RepositoryPaths.Fixtures, fixture), Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

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
