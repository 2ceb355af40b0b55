using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Testing;

namespace GraphApi.PackStream.Tests;

/// <summary>
/// Packs the same table of values with the official Neo4j JavaScript driver (npm neo4j-driver, run through
/// scripts/packstream-crosscheck/run.sh) and with <see cref="Packer"/>, and demands identical bytes. A missing
/// node or npm fails the test: the check is never silently skipped.
/// </summary>
public class JavaScriptDriverCrossCheckTests
{
    private static IEnumerable<(string Name, object? Value)> Table()
    {
        yield return ("null", null);
        yield return ("true", true);
        yield return ("false", false);
        long[] integers =
        [
            0, 1, -1, 15, 16, 127, 128, -16, -17, -128, -129, 255, 256, 32767, 32768, -32768, -32769,
            65535, 65536, int.MaxValue, (long)int.MaxValue + 1, int.MinValue, (long)int.MinValue - 1, long.MaxValue, long.MinValue,
        ];
        foreach (var i in integers)
        {
            yield return ($"int {i}", i);
        }

        foreach (var f in new[] { 0.0, 1.1, -1.1, 1e308, double.Epsilon, double.PositiveInfinity, double.NegativeInfinity })
        {
            yield return ($"float {f.ToString("R", CultureInfo.InvariantCulture)}", f);
        }

        foreach (var n in new[] { 0, 1, 15, 16, 255, 256, 65535, 65536 })
        {
            yield return ($"string {n}", new string('a', n));
            yield return ($"bytes {n}", Enumerable.Range(0, n).Select(i => (byte)i).ToArray());
            yield return ($"list {n}", Enumerable.Range(0, n).Select(i => (object?)(long)(i % 200)).ToList());
            yield return ($"map {n}", Enumerable.Range(0, n).ToDictionary(i => i.ToString("x5"), i => (object?)(long)i));
        }

        yield return ("arabic", "مرحبا بالعالم");
        yield return ("emoji", "📚 é ß");
        yield return ("nested", new Dictionary<string, object?>
        {
            ["list"] = new List<object?> { 1L, "two", null, 3.5, new Dictionary<string, object?> { ["deep"] = true } },
            ["bytes"] = new byte[] { 0xFF, 0x00 },
        });
        yield return ("struct 0", new PackStreamStructure(0x0F, []));
        yield return ("struct node", new PackStreamStructure(0x4E, [1L, new List<object?> { "Person" }, new Dictionary<string, object?> { ["name"] = "Ada" }, "4:x:1"]));
        yield return ("struct 15", new PackStreamStructure(0x70, Enumerable.Range(0, 15).Select(i => (object?)(long)i).ToList()));
    }

    [Fact]
    public async Task Every_value_packs_exactly_as_the_javascript_driver_packs_it()
    {
        var table = Table().ToList();
        var request = new JsonArray(table.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["value"] = Describe(c.Value) }).ToArray());
        var output = await RunJavaScriptPackerAsync(request.ToJsonString());
        var expected = JsonSerializer.Deserialize<Dictionary<string, string>>(output)!;

        Assert.Equal(table.Count, expected.Count);
        var mismatches = table
            .Where(c => expected[c.Name] != PackStreamHex.ToHex(c.Value))
            .Select(c => $"{c.Name}: JavaScript {Shorten(expected[c.Name])}, ours {Shorten(PackStreamHex.ToHex(c.Value))}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static JsonNode Describe(object? value) => value switch
    {
        null => new JsonObject { ["n"] = 0 },
        bool b => new JsonObject { ["t"] = b },
        long l => new JsonObject { ["i"] = l.ToString(CultureInfo.InvariantCulture) },
        double d when double.IsInfinity(d) => new JsonObject { ["f"] = d > 0 ? "Infinity" : "-Infinity" },
        double d => new JsonObject { ["f"] = d },
        string s => new JsonObject { ["s"] = s },
        byte[] bytes => new JsonObject { ["b"] = Convert.ToHexString(bytes) },
        PackStreamStructure s => new JsonObject { ["S"] = s.Tag, ["fields"] = new JsonArray(s.Fields.Select(Describe).ToArray()) },
        Dictionary<string, object?> map => new JsonObject
        {
            ["m"] = new JsonArray(map.Select(p => (JsonNode)new JsonArray(JsonValue.Create(p.Key), Describe(p.Value))).ToArray()),
        },
        List<object?> list => new JsonObject { ["l"] = new JsonArray(list.Select(Describe).ToArray()) },
        _ => throw new ArgumentException($"No description for {value.GetType().Name}."),
    };

    private static async Task<string> RunJavaScriptPackerAsync(string input)
    {
        var root = Repository.Root;
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "packstream-crosscheck", "run.sh")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start bash for the JavaScript PackStream cross-check.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            Assert.Fail($"scripts/packstream-crosscheck/run.sh exited with {process.ExitCode} (node and npm are required):\n{await stderr}");
        }

        return await stdout;
    }


    private static string Shorten(string hex) => hex.Length <= 40 ? hex : $"{hex[..40]}... ({hex.Length / 2} bytes)";
}
