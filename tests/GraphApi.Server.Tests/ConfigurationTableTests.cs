using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using GraphApi.Server.Hosting;
using GraphApi.Testing;

namespace GraphApi.Server.Tests;

/// <summary>
/// Issue 15: README's configuration table is what the code reads. Every key the server binds (the options classes of
/// the GraphApi, GraphApi:GraphQL, GraphApi:Protection, GraphApi:Auth and Neo4j sections, nested objects included) has a row with
/// the code's default, every row names a bound key, and the short environment names are exactly the ones mapped.
/// </summary>
public sealed class ConfigurationTableTests
{
    private static readonly (string Section, Type Options)[] BoundSections =
    [
        (KnowledgeGraphOptions.SectionName, typeof(KnowledgeGraphOptions)),
        (GraphQLEndpointOptions.SectionName, typeof(GraphQLEndpointOptions)),
        (RequestProtectionOptions.SectionName, typeof(RequestProtectionOptions)),
        (Neo4jOptions.SectionName, typeof(Neo4jOptions)),
        (ExplorerOptions.SectionName, typeof(ExplorerOptions)),
        (GraphApi.Server.Access.AccessControlOptions.SectionName, typeof(GraphApi.Server.Access.AccessControlOptions)),
    ];

    [Fact]
    public void Every_bound_key_has_a_row_and_every_row_a_bound_key()
    {
        var bound = BoundKeys().Select(k => k.Key).Order(StringComparer.Ordinal).ToList();
        var documented = Rows().Select(r => r.Key).Where(k => k.Length > 0 && !k.StartsWith("Logging:", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(bound, documented);
    }

    [Fact]
    public void Every_row_states_the_default_the_code_has()
    {
        var rows = Rows().Where(r => r.Key.Length > 0).ToDictionary(r => r.Key, r => r.Default, StringComparer.Ordinal);
        var wrong = BoundKeys()
            .Where(k => Describe(k.Default) != rows[k.Key])
            .Select(k => $"{k.Key}: README says {rows[k.Key]}, the code has {Describe(k.Default)}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void The_short_environment_names_are_the_ones_the_server_maps()
    {
        var documented = Rows().Where(r => r.Variable.Length > 0 && r.Key.Length > 0).ToDictionary(r => r.Variable, r => r.Key, StringComparer.Ordinal);

        Assert.Equal(GraphApiEnvironmentVariables.Map.OrderBy(p => p.Key, StringComparer.Ordinal), documented.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_logging_rows_match_appsettings_json()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("src", "GraphApi.Server", "appsettings.json")));
        var logging = settings.RootElement.GetProperty("Logging");
        var rows = Rows().ToDictionary(r => r.Key, r => r.Default, StringComparer.Ordinal);

        Assert.Equal("Warning", logging.GetProperty("LogLevel").GetProperty("Microsoft.AspNetCore").GetString());
        Assert.Equal($"`{logging.GetProperty("LogLevel").GetProperty("Default").GetString()}`", rows["Logging:LogLevel:Default"]);
        Assert.Equal($"`{logging.GetProperty("Console").GetProperty("FormatterName").GetString()}`", rows["Logging:Console:FormatterName"]);
        Assert.True(File.Exists(Repository.PathOf("src", "GraphApi.Server", "appsettings.Development.json")));
    }

    /// <summary>Binding writes into the objects it finds: one server's limits must not become every server's defaults.</summary>
    [Fact]
    public async Task Binding_one_servers_limits_leaves_the_shared_defaults_alone()
    {
        using var corpus = new TestCorpus();
        await using var server = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:GraphQL:Limits:MaxDepth"] = "2",
        });
        using var client = server.CreateClient();
        using var body = new StringContent("""{"query":"{ people { nodes { id } } }"}""", System.Text.Encoding.UTF8, "application/json");
        Assert.Contains("MAX_DEPTH_EXCEEDED", await (await client.PostAsync(new Uri("/graphql", UriKind.Relative), body)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(15, GraphApi.GraphQL.Execution.ExecutionLimits.Default.MaxDepth);
        Assert.Equal(15, new GraphQLEndpointOptions().Limits.MaxDepth);
    }

    /// <summary>Leaf keys of the options classes: settable properties and lists, recursing into nested settings objects.</summary>
    private static IEnumerable<(string Key, object? Default)> BoundKeys()
    {
        foreach (var (section, type) in BoundSections)
        {
            foreach (var key in Leaves(section, Activator.CreateInstance(type)!))
            {
                yield return key;
            }
        }
    }

    private static IEnumerable<(string Key, object? Default)> Leaves(string prefix, object instance)
    {
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(instance);
            var key = $"{prefix}:{property.Name}";
            var isList = property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType);
            if (isList)
            {
                yield return (key, value);
            }
            else if (property.SetMethod is not { IsPublic: true })
            {
                continue;
            }
            else if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && value is not null)
            {
                foreach (var leaf in Leaves(key, value))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (key, value);
            }
        }
    }

    /// <summary>How README writes a default: <c>none</c> for no value or an empty list, else the value in backticks.</summary>
    private static string Describe(object? value) => value switch
    {
        null => "none",
        IEnumerable and not string when !((IEnumerable)value).Cast<object>().Any() => "none",
        bool b => b ? "`true`" : "`false`",
        TimeSpan t => $"`{t.ToString(t.Milliseconds == 0 ? @"hh\:mm\:ss" : @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture)}`",
        IFormattable f => $"`{f.ToString(null, CultureInfo.InvariantCulture)}`",
        _ => $"`{value}`",
    };

    private static IEnumerable<(string Variable, string Key, string Default)> Rows()
    {
        var readme = File.ReadAllLines(Repository.PathOf("README.md"));
        var start = Array.FindIndex(readme, line => line.StartsWith("| variable | config key | default | meaning |", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no configuration table");
        foreach (var line in readme.Skip(start + 2).TakeWhile(line => line.StartsWith('|')))
        {
            var cells = line.Split('|').Skip(1).Select(cell => cell.Trim()).ToArray();
            yield return (cells[0].Trim('`'), cells[1].Trim('`'), cells[2]);
        }
    }
}
