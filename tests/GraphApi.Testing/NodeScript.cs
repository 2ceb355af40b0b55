using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Xunit.Sdk;

namespace GraphApi.Testing;

/// <summary>
/// Runs the node scripts of <c>scripts/conformance</c> (graphql-js and graphql-http at the versions its lockfile pins).
/// <c>scripts/conformance.sh --prepare</c>, run by the test command, installs them; a test run without it installs
/// them once itself. A missing node or npm fails the calling test with a message naming it, never skips it.
/// </summary>
public static class NodeScript
{
    private static readonly Lazy<Task> Installation = new(InstallAsync);

    public static string ConformanceFolder => Repository.PathOf("scripts", "conformance");

    /// <summary>Runs <c>node script args…</c> to its end and returns its exit code and output, whatever the exit code.</summary>
    public static async Task<NodeScriptResult> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        await Installation.Value.ConfigureAwait(false);
        return await RunProcessAsync("node", [script, .. arguments], timeout).ConfigureAwait(false);
    }

    /// <summary>Runs <c>node script args…</c> and returns its standard output; a non-zero exit fails the test with its error output.</summary>
    public static async Task<string> RunToSuccessAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var result = await RunAsync(script, arguments, timeout).ConfigureAwait(false);
        return result.ExitCode == 0
            ? result.Output
            : throw new XunitException($"node {script} exited with {result.ExitCode}: {result.Error}{Environment.NewLine}{result.Output}");
    }

    /// <summary>Starts a long-running <c>node script</c> with its standard streams redirected (UTF-8); the caller owns the process.</summary>
    public static async Task<Process> StartAsync(string script)
    {
        await Installation.Value.ConfigureAwait(false);
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = ConformanceFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        return Launch(start);
    }

    /// <summary>
    /// Runs <c>node script args…</c> in <paramref name="folder"/> (a folder of <c>scripts/</c> with its own pinned
    /// packages, installed by the test command), writes <paramref name="input"/> to its standard input, and returns its
    /// standard output; a non-zero exit fails the test with its error output.
    /// </summary>
    public static async Task<string> RunInAsync(string folder, string script, IEnumerable<string> arguments, string? input, TimeSpan timeout)
    {
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new XunitException($"The node packages of {folder} are not installed: run scripts/conformance.sh --prepare (the test command does).");
        }

        var result = await RunProcessAsync("node", [script, .. arguments], timeout, folder, input).ConfigureAwait(false);
        return result.ExitCode == 0
            ? result.Output
            : throw new XunitException($"node {script} exited with {result.ExitCode}: {result.Error}{Environment.NewLine}{result.Output}");
    }

    private static async Task InstallAsync()
    {
        if (File.Exists(Path.Combine(ConformanceFolder, "node_modules", "graphql", "package.json"))
            && File.Exists(Path.Combine(ConformanceFolder, "node_modules", "graphql-http", "package.json")))
        {
            return;
        }

        var npm = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        if (npm.ExitCode != 0)
        {
            throw new XunitException($"npm ci in {ConformanceFolder} failed with exit code {npm.ExitCode} (run scripts/conformance.sh --prepare):{Environment.NewLine}{npm.Output}{Environment.NewLine}{npm.Error}");
        }
    }

    private static async Task<NodeScriptResult> RunProcessAsync(
        string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, string? folder = null, string? input = null)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = folder ?? ConformanceFolder,
            RedirectStandardInput = input is not null,
            StandardInputEncoding = input is not null ? new UTF8Encoding(false) : null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        using var process = Launch(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
            process.StandardInput.Close();
        }

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return new NodeScriptResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    private static Process Launch(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new XunitException($"{start.FileName} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new XunitException($"'{start.FileName}' is not on the PATH: install Node.js 20 or later with npm. ({exception.Message})");
        }
    }
}

/// <summary>How a node script ended: its exit code and what it wrote.</summary>
public sealed record NodeScriptResult(int ExitCode, string Output, string Error);
