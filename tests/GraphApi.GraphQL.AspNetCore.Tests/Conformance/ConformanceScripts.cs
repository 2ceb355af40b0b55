using System.Diagnostics;
using System.Text;

namespace GraphApi.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>
/// Runs the node scripts in <c>scripts/conformance</c> (graphql-js and graphql-http at pinned versions). Node and npm
/// are required: a missing tool fails the test with a message naming it, never skips it.
/// </summary>
internal static class ConformanceScripts
{
    private static readonly Lazy<Task> Installation = new(InstallAsync);

    /// <summary>The repository root, found by walking up from the test binary to <c>GraphApi.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Directory => Path.Combine(RepositoryRoot, "scripts", "conformance");

    /// <summary>Installs the pinned packages once per test run when <c>scripts/conformance.sh</c> has not done it.</summary>
    public static Task EnsureInstalledAsync() => Installation.Value;

    /// <summary>Runs <c>node script args…</c> in the conformance folder and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunNodeAsync(
        string script,
        IEnumerable<string> arguments,
        TimeSpan timeout)
    {
        await EnsureInstalledAsync();
        return await RunAsync("node", [script, .. arguments], timeout);
    }

    /// <summary>Starts a long-running <c>node script</c> with redirected standard streams.</summary>
    public static Process StartNode(string script)
    {
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("The conformance tests need Node.js: 'node' is not on the PATH.", exception);
        }
    }

    private static async Task InstallAsync()
    {
        if (File.Exists(Path.Combine(Directory, "node_modules", "graphql-http", "package.json"))
            && File.Exists(Path.Combine(Directory, "node_modules", "graphql", "package.json")))
        {
            return;
        }

        var (exitCode, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Directory} failed with exit code {exitCode}:\n{output}\n{error}");
        }
    }

    private static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"The conformance tests need '{fileName}' on the PATH (install Node.js with npm).", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
            }

            return (process.ExitCode, await output, await error);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphApi.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphApi.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
