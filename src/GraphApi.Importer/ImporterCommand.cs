using System.CommandLine;
using System.Diagnostics;
using GraphApi.Bolt;
using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Neo4j;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using Spectre.Console;

namespace GraphApi.Importer;

/// <summary>
/// <c>GraphApi.Importer &lt;corpus-folder-or-article-files&gt; [--neo4j] [--no-extraction] [--strict-lint] [--json FILE] [--graphml FILE] [--knowledge DIR]</c>:
/// validates and imports, writes the graph through an <see cref="IKnowledgeStore"/> (embedded by default, Neo4j with
/// <c>--neo4j</c>, configured by the <c>NEO4J_*</c> variables), prints a report and optional exports. Nothing is written
/// to any store unless the whole corpus validates (and, with <c>--strict-lint</c>, lints clean). <c>review</c> lists,
/// accepts or rejects what extraction found (<see cref="Review.ReviewCommand"/>). Callable in-process for tests, with
/// factories as the store seams.
/// </summary>
public sealed class ImporterCommand(Func<IKnowledgeStore>? storeFactory = null, Func<IKnowledgeStore>? neo4jStoreFactory = null)
{
    public const string Usage = "usage: GraphApi.Importer <corpus-folder-or-article-files> [--neo4j] [--no-extraction] [--strict-lint] [--json FILE] [--graphml FILE] [--knowledge DIR]\n       GraphApi.Importer review [corpus-folder] [--accept ID…] [--reject ID…]";

    private readonly Func<IKnowledgeStore> storeFactory = storeFactory ?? (() => new EmbeddedKnowledgeStore());

    private readonly Func<IKnowledgeStore>? neo4jStoreFactory = neo4jStoreFactory;

    /// <summary>The store written by the last successful run (for tests and embedding hosts).</summary>
    public IKnowledgeStore? Store { get; private set; }

    public async Task<int> RunAsync(string[] args, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        if (args.Length > 0 && args[0] == "review")
        {
            return await new Review.ReviewCommand().RunAsync(args[1..], console, cancellationToken).ConfigureAwait(false);
        }

        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, Description = "A corpus folder laid out like seeds/, or article files" };
        var json = new Option<string?>("--json") { Description = "Write the graph as JSON {nodes, edges} to FILE", HelpName = "FILE" };
        var graphMl = new Option<string?>("--graphml") { Description = "Write the graph as GraphML to FILE", HelpName = "FILE" };
        var knowledge = new Option<string?>("--knowledge") { Description = "Knowledge folder for bare article files (default: seeds/knowledge)", HelpName = "DIR" };
        var neo4j = new Option<bool>("--neo4j") { Description = "Write into Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD or NEO4J_PASSWORD_FILE) instead of the embedded store" };
        var noExtraction = new Option<bool>("--no-extraction") { Description = "Do not extract claims and candidates from articles without a claims file: they gain mentions only" };
        var strictLint = new Option<bool>("--strict-lint") { Description = "Treat lint warnings that no 'acknowledged' entry answers, and stale acknowledgements, as errors: list them and write nothing" };
        var root = new RootCommand("Validate and import a corpus of articles with its curated knowledge into the knowledge graph.") { inputs, neo4j, noExtraction, strictLint, json, graphMl, knowledge };

        var parsed = root.Parse(args);
        var isHelp = args.Any(a => a is "-h" or "--help" or "-?" or "--version");
        if (isHelp || parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.MarkupLine("[red]error:[/] " + Markup.Escape(error.Message));
            }

            using var help = new StringWriter();
            await parsed.InvokeAsync(new InvocationConfiguration { Output = help, Error = help }, cancellationToken).ConfigureAwait(false);
            if (isHelp)
            {
                console.Write(new Text(help.ToString()));
            }

            return isHelp && parsed.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.Usage;
        }

        var positional = parsed.GetValue(inputs) ?? [];
        if (positional.FirstOrDefault(p => p.StartsWith('-')) is { } unknown)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape($"unknown option '{unknown}'"));
            console.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        var (resolved, problem) = ImportInputs.Resolve(positional, parsed.GetValue(knowledge));
        if (resolved is null)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape(problem!.Message));
            console.WriteLine(Usage);
            return problem.ExitCode;
        }

        var clock = Stopwatch.StartNew();
        var outcome = await ImportWithProgressAsync(resolved, !parsed.GetValue(noExtraction), console, cancellationToken).ConfigureAwait(false);
        var validated = clock.Elapsed;
        if (!outcome.Succeeded)
        {
            console.MarkupLine($"[red]Import failed with {outcome.Errors.Count} error(s); nothing was written.[/]");
            foreach (var error in outcome.Errors)
            {
                console.MarkupLine("[red]error:[/] " + Markup.Escape(error.ToString()));
            }

            return ExitCodes.InvalidInput;
        }

        if (parsed.GetValue(strictLint) && !outcome.Lint.IsClean)
        {
            var problems = outcome.Lint.Unacknowledged.Select(e => e.ToString()).Concat(outcome.Lint.Stale.Select(s => s.ToString())).ToList();
            console.MarkupLine($"[red]The lint found {problems.Count} problem(s) (--strict-lint); nothing was written.[/]");
            foreach (var line in problems)
            {
                console.MarkupLine("[red]lint:[/] " + Markup.Escape(line));
            }

            ImportReport.WriteLint(console, outcome.Lint);
            return ExitCodes.InvalidInput;
        }

        var toNeo4j = parsed.GetValue(neo4j);
        var graph = outcome.Graph!;
        try
        {
            // On Neo4j the store takes the partition's import lock: while another importer or server imports, this waits.
            var store = toNeo4j
                ? neo4jStoreFactory?.Invoke() ?? Neo4jKnowledgeStore.Connect(Neo4jStoreOptions.FromEnvironment(), logger: new ConsoleLogger(console))
                : storeFactory();
            await store.ReplaceGraphAsync(graph, cancellationToken).ConfigureAwait(false);
            Store = store;
        }
        catch (Exception e) when (e is InvalidOperationException or StoreUnavailableException or Neo4jException or IOException)
        {
            // A source is written whole or not at all, so a failed run leaves complete sources only; re-running finishes it.
            console.MarkupLine("[red]error:[/] " + Markup.Escape((toNeo4j ? "cannot write to Neo4j: " : "cannot write the graph: ") + e.Message));
            return ExitCodes.StoreFailed;
        }

        ImportReport.Write(console, graph);
        ImportReport.WriteLint(console, outcome.Lint);
        console.MarkupLine(Markup.Escape(
            $"validated in {validated.TotalSeconds:0.00} s, written to the {(toNeo4j ? "Neo4j" : "embedded")} store in {(clock.Elapsed - validated).TotalSeconds:0.00} s"));

        try
        {
            await ExportAsync(console, graph, parsed.GetValue(json), parsed.GetValue(graphMl), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape("cannot write the export: " + e.Message));
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Success;
    }

    private static async Task<ImportOutcome> ImportWithProgressAsync(ImportInputs inputs, bool extract, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ImportOutcome? outcome = null;
        await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var pipeline = new ImportPipeline(new ImportOptions { Progress = new SpectreImportProgress(context), Extract = extract });
            outcome = inputs.CorpusDirectory is not null
                ? await pipeline.ImportCorpusAsync(inputs.CorpusDirectory, cancellationToken).ConfigureAwait(false)
                : await pipeline.ImportArticlesAsync(inputs.ArticleFiles, inputs.KnowledgeDirectory!, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return outcome!;
    }

    private static async Task ExportAsync(IAnsiConsole console, KnowledgeGraph graph, string? json, string? graphMl, CancellationToken cancellationToken)
    {
        if (json is null && graphMl is null)
        {
            return;
        }

        var projection = GraphProjection.Of(graph);
        if (json is not null)
        {
            await using var stream = File.Create(json);
            await JsonGraphWriter.WriteAsync(projection, stream, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"wrote {projection.Nodes.Count} nodes and {projection.Edges.Count} edges to [bold]{Markup.Escape(json)}[/]");
        }

        if (graphMl is not null)
        {
            await using var stream = File.Create(graphMl);
            await GraphMlWriter.WriteAsync(projection, stream, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"wrote GraphML to [bold]{Markup.Escape(graphMl)}[/]");
        }
    }
}
