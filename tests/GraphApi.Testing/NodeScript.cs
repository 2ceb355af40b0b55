using System.Diagnostics;
using Xunit.Sdk;

namespace GraphApi.Testing;

/// <summary>
/// Runs a script of <c>scripts/conformance</c> with node, where <c>scripts/conformance.sh --prepare</c> installed the
/// reference implementation (graphql-js). A missing node or package fails the calling test; it never skips.
/// </summary>
public static class NodeScript
{
    public static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraphApi.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("GraphApi.sln was not found above " + AppContext.BaseDirectory);
        }
    }

    public static string ConformanceFolder => Path.Combine(Repository, "scripts", "conformance");

    /// <summary>Runs <c>node script args…</c> in <see cref="ConformanceFolder"/> and returns its standard output; a non-zero exit fails.</summary>
    public static Task<string> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        if (!Directory.Exists(Path.Combine(ConformanceFolder, "node_modules", "graphql")))
        {
            throw new XunitException("graphql-js is not installed: run scripts/conformance.sh --prepare (the test command does).");
        }

        return RunInAsync(ConformanceFolder, script, arguments, input: null, timeout);
    }

    /// <summary>
    /// Runs <c>node script args…</c> in <paramref name="folder"/> (a folder of <c>scripts/</c> with its own pinned
    /// packages), writes <paramref name="input"/> to its standard input, and returns its standard output; a non-zero
    /// exit fails.
    /// </summary>
    public static async Task<string> RunInAsync(string folder, string script, IEnumerable<string> arguments, string? input, TimeSpan timeout)
    {
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new XunitException($"The node packages of {folder} are not installed: run scripts/conformance.sh --prepare (the test command does).");
        }

        var start = new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new XunitException("node could not be started; install Node.js.");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await node.StandardInput.WriteAsync(input).ConfigureAwait(false);
            node.StandardInput.Close();
        }

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await node.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new XunitException($"node {script} did not finish within {timeout}.");
        }

        if (node.ExitCode != 0)
        {
            throw new XunitException($"node {script} exited with {node.ExitCode}: {await error.ConfigureAwait(false)}");
        }

        return await output.ConfigureAwait(false);
    }
}
