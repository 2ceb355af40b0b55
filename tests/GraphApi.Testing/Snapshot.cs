using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace GraphApi.Testing;

/// <summary>
/// Compares a value with a file kept under <c>__snapshots__</c> beside the calling test file.
/// A missing snapshot is written and the test fails in CI (<c>CI=true</c>), so a new snapshot is always
/// reviewed and committed by a person. A changed value fails and leaves a <c>.received</c> file to diff.
/// Set <c>UPDATE_SNAPSHOTS=1</c> to accept all received values after reviewing them.
/// </summary>
public static class Snapshot
{
    public static void MatchSnapshot(
        this string actual,
        string? name = null,
        string extension = "json",
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMember = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "__snapshots__");
        var fileName = $"{Path.GetFileNameWithoutExtension(callerFile)}.{name ?? callerMember}.{extension}";
        var path = Path.Combine(directory, fileName);
        var received = Path.ChangeExtension(path, ".received." + extension);
        var normalized = Normalize(actual);

        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") is "1" or "true";
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

        if (!File.Exists(path) || update)
        {
            if (inCi && !update)
            {
                throw new XunitException($"Snapshot {path} does not exist. Run the tests locally, review the new file and commit it.");
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(path, normalized, new UTF8Encoding(false));
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        var expected = Normalize(File.ReadAllText(path, Encoding.UTF8));
        if (expected == normalized)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, normalized, new UTF8Encoding(false));
        throw new XunitException(
            $"Snapshot mismatch for {fileName}.{Environment.NewLine}" +
            $"expected: {path}{Environment.NewLine}received: {received}{Environment.NewLine}" +
            FirstDifference(expected, normalized));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"first difference at line {i + 1}:{Environment.NewLine}- {left}{Environment.NewLine}+ {right}";
            }
        }

        return string.Empty;
    }
}
