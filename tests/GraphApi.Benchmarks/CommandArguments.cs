using System.Globalization;

namespace GraphApi.Benchmarks;

/// <summary>The <c>--name value</c> options of the generate, scale and raw commands.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> values;

    private CommandArguments(Dictionary<string, string> values) => this.values = values;

    public static CommandArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}': options are written --name value");
            }

            var name = args[i][2..];
            values[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }

        return new CommandArguments(values);
    }

    public string? Get(string name) => values.GetValueOrDefault(name);

    public string Require(string name, string what) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"missing --{name} ({what})");

    public int GetInt(string name, int fallback) =>
        values.TryGetValue(name, out var text) ? ParseInt(name, text) : fallback;

    public IReadOnlyList<int> GetInts(string name, IReadOnlyList<int> fallback) =>
        values.TryGetValue(name, out var text) ? [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => ParseInt(name, t))] : fallback;

    private static int ParseInt(string name, string text) =>
        int.TryParse(text.Replace("k", "000", StringComparison.OrdinalIgnoreCase), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ArgumentException($"--{name} expects a whole number (or a list of them separated by commas), not '{text}'");
}
