using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Testing;
using Spectre.Console;

namespace GraphApi.Importer.Tests;

/// <summary>Runs the importer in-process against a plain-text console and a private copy of the fixture corpus.</summary>
internal sealed class ImporterHarness : IDisposable
{
    public ImporterHarness()
    {
        Root = Path.Combine(Path.GetTempPath(), "graphapi-importer-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(RepositoryRoot, "tests", "GraphApi.Importer.Tests", "Fixtures", "corpus"), Corpus);
    }

    public static string RepositoryRoot => Repository.Root;

    public string Root { get; }

    public string Corpus => Path.Combine(Root, "corpus");

    public EmbeddedKnowledgeStore? Store { get; private set; }

    public int StoresCreated { get; private set; }

    /// <summary>What <c>--neo4j</c> connects to; counts in <see cref="Neo4jStoresCreated"/>.</summary>
    public Func<GraphApi.Knowledge.Stores.IKnowledgeStore>? Neo4jFactory { get; set; }

    public int Neo4jStoresCreated { get; private set; }

    public string PathOf(string relative) => Path.Combine(Corpus, relative);

    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>A console that writes plain text, 400 columns wide, to <paramref name="writer"/>.</summary>
    public static IAnsiConsole PlainConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 400;
        return console;
    }

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var writer = new StringWriter();
        var console = PlainConsole(writer);
        var command = new ImporterCommand(() =>
        {
            StoresCreated++;
            return Store = new EmbeddedKnowledgeStore();
        }, () =>
        {
            Neo4jStoresCreated++;
            return (Neo4jFactory ?? throw new InvalidOperationException("this test set no Neo4j factory"))();
        });
        var exit = await command.RunAsync(args, console);
        return (exit, writer.ToString());
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
