using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace GraphApi.Knowledge.Import;

/// <summary>
/// Reads one YAML mapping of a curated file, reporting unknown keys, missing keys and wrong shapes with the file
/// and line. Every key read is checked against the allowed set, so a typo (<c>nmae</c>) is caught.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode node;
    private readonly List<ImportError> errors;

    public YamlFields(YamlMappingNode node, string file, List<ImportError> errors, params string[] allowed)
    {
        this.node = node;
        this.errors = errors;
        File = file;
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Error(key, $"unknown key '{name}' (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    public string File { get; }

    public int Line => LineOf(node);

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public void Error(YamlNode at, string message) => errors.Add(new ImportError(File, LineOf(at), message));

    public void Error(string message) => errors.Add(new ImportError(File, Line, message));

    public YamlNode? Node(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public string? String(string key)
    {
        var value = Node(key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(value, $"'{key}' must be a single value");
        return null;
    }

    public string Required(string key, string what)
    {
        var value = String(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            Error($"missing '{key}' ({what})");
            return string.Empty;
        }

        return value;
    }

    public bool Bool(string key)
    {
        var value = String(key);
        if (value is null)
        {
            return false;
        }

        if (bool.TryParse(value, out var result))
        {
            return result;
        }

        Error(Node(key)!, $"'{key}' must be true or false, not '{value}'");
        return false;
    }

    public int? Int(string key)
    {
        var value = String(key);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Error(Node(key)!, $"'{key}' must be a whole number, not '{value}'");
        return null;
    }

    public decimal? Decimal(string key)
    {
        var value = String(key);
        if (value is null)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Error(Node(key)!, $"'{key}' must be a number, not '{value}'");
        return null;
    }

    /// <summary>A list of scalars; a single scalar is accepted as a one-item list.</summary>
    public IReadOnlyList<(string Value, int Line)> Strings(string key)
    {
        var value = Node(key);
        switch (value)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return [(scalar.Value ?? string.Empty, LineOf(scalar))];
            case YamlSequenceNode sequence:
                var result = new List<(string, int)>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode s && s.Value is not null)
                    {
                        result.Add((s.Value, LineOf(s)));
                    }
                    else
                    {
                        Error(item, $"'{key}' items must be single values");
                    }
                }

                return result;
            default:
                Error(value, $"'{key}' must be a list");
                return [];
        }
    }

    public YamlFields? Map(string key, params string[] allowed)
    {
        var value = Node(key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, File, errors, allowed);
        }

        Error(value, $"'{key}' must be a mapping");
        return null;
    }

    public IReadOnlyList<YamlFields> Maps(string key, params string[] allowed)
    {
        var value = Node(key);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Error(value, $"'{key}' must be a list");
            return [];
        }

        var result = new List<YamlFields>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                result.Add(new YamlFields(mapping, File, errors, allowed));
            }
            else
            {
                Error(item, $"each item of '{key}' must be a mapping");
            }
        }

        return result;
    }

    /// <summary>Parses a whole file into its root mapping, or records the syntax error with its line.</summary>
    public static YamlFields? Parse(string text, string file, List<ImportError> errors, params string[] allowed)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            errors.Add(new ImportError(file, (int)e.Start.Line, "YAML syntax error: " + e.Message));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ImportError(file, 1, $"expected a mapping with the keys {string.Join(", ", allowed)}"));
            return null;
        }

        return new YamlFields(root, file, errors, allowed);
    }

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "null" or "~" or "Null" or "NULL" };
}
