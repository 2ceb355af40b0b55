using System.CommandLine;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;
using Spectre.Console;

namespace GraphApi.Importer.Review;

/// <summary>
/// <c>GraphApi.Importer review [corpus] [--accept ID…] [--reject ID…]</c>: lists the candidates and unreviewed claims
/// of a corpus; <c>--accept</c> writes them into the curated YAML (a candidate into <c>entities.yaml</c> with a
/// <c>&lt;kind&gt;/&lt;latin-slug&gt;</c> id, a claim into <c>claims/&lt;stem&gt;.yaml</c> with its own id), appending so that
/// existing entries and comments stay untouched; <c>--reject</c> records the ids in <c>review.yaml</c>. The corpus is
/// then imported again: if it does not import, every file is restored and the command fails. Exit codes: 0 done,
/// 1 bad input (invalid corpus, unknown id, a file that cannot be appended to), 2 bad command line.
/// </summary>
public sealed class ReviewCommand
{
    public const string Usage = "usage: GraphApi.Importer review [corpus-folder] [--accept ID…] [--reject ID…]";

    public async Task<int> RunAsync(string[] args, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        var corpusArgument = new Argument<string?>("corpus") { Arity = ArgumentArity.ZeroOrOne, Description = "The corpus folder (default: seeds/ above the working directory)" };
        var accept = new Option<string[]>("--accept") { AllowMultipleArgumentsPerToken = true, Description = "Write these candidates and claims into the curated YAML", HelpName = "ID" };
        var reject = new Option<string[]>("--reject") { AllowMultipleArgumentsPerToken = true, Description = "Record these candidates and claims in knowledge/review.yaml", HelpName = "ID" };
        var root = new RootCommand("List, accept or reject what extraction found in articles without curated claims.") { corpusArgument, accept, reject };
        var parsed = root.Parse(args);
        if (args.Any(a => a is "-h" or "--help" or "-?"))
        {
            using var help = new StringWriter();
            await parsed.InvokeAsync(new InvocationConfiguration { Output = help, Error = help }, cancellationToken).ConfigureAwait(false);
            console.Write(new Text(help.ToString()));
            return ExitCodes.Success;
        }

        var accepted = parsed.Errors.Count == 0 ? parsed.GetValue(accept) ?? [] : [];
        var rejected = parsed.Errors.Count == 0 ? parsed.GetValue(reject) ?? [] : [];
        var problem = parsed.Errors.Count > 0 ? string.Join("; ", parsed.Errors.Select(e => e.Message))
            : accepted.Concat(rejected).FirstOrDefault(a => a.StartsWith('-')) is { } unknown ? $"unknown option '{unknown}'"
            : (args.Contains("--accept") && accepted.Length == 0) || (args.Contains("--reject") && rejected.Length == 0) ? "--accept and --reject need at least one id"
            : accepted.Intersect(rejected, StringComparer.Ordinal).FirstOrDefault() is { } both ? $"'{both}' is both accepted and rejected"
            : null;
        if (problem is not null)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape(problem));
            console.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        var corpus = parsed.GetValue(corpusArgument) ?? CorpusLocator.Locate() ?? "seeds";
        if (!Directory.Exists(Path.Combine(corpus, "sources")) || !Directory.Exists(Path.Combine(corpus, "knowledge")))
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape($"{corpus}: not a corpus folder (it needs sources/ and knowledge/)"));
            return ExitCodes.InvalidInput;
        }

        var before = await ImportAsync(console, corpus, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return ExitCodes.InvalidInput;
        }

        if (accepted.Length == 0 && rejected.Length == 0)
        {
            ReviewListing.Write(console, before);
            return ExitCodes.Success;
        }

        var plan = ReviewPlan.Make(before, Path.Combine(corpus, "knowledge"), accepted.Distinct(StringComparer.Ordinal).ToList(), rejected.Distinct(StringComparer.Ordinal).ToList());
        if (plan.Errors.Count > 0)
        {
            foreach (var error in plan.Errors)
            {
                console.MarkupLine("[red]error:[/] " + Markup.Escape(error));
            }

            console.MarkupLine("[red]Nothing was written.[/]");
            return ExitCodes.InvalidInput;
        }

        var originals = plan.Write();
        var after = await ImportAsync(console, corpus, cancellationToken).ConfigureAwait(false);
        if (after is null)
        {
            ReviewPlan.Restore(originals);
            console.MarkupLine("[red]The corpus no longer imports with these changes; every file was restored.[/]");
            return ExitCodes.InvalidInput;
        }

        plan.Report(console, before, after);
        return ExitCodes.Success;
    }

    private static async Task<KnowledgeGraph?> ImportAsync(IAnsiConsole console, string corpus, CancellationToken cancellationToken)
    {
        var outcome = await new ImportPipeline().ImportCorpusAsync(corpus, cancellationToken).ConfigureAwait(false);
        foreach (var error in outcome.Errors)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape(error.ToString()));
        }

        return outcome.Graph;
    }
}
