using GraphApi.Testing;

namespace GraphApi.Server.Tests;

/// <summary>A throw-away copy of the repository's <c>seeds/</c> folder.</summary>
public sealed class TestCorpus : IDisposable
{
    public TestCorpus()
    {
        Directory = Path.Combine(Path.GetTempPath(), "graphapi-corpus-" + Guid.NewGuid().ToString("N"));
        Copy(RepositorySeeds, Directory);
    }

    public string Directory { get; }

    public static string RepositorySeeds => Repository.PathOf("seeds");

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in System.IO.Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
