using System.Text.RegularExpressions;
using GraphApi.Knowledge.Extraction;

namespace GraphApi.Knowledge.Import;

/// <summary>Reads <c>knowledge/metrics.yaml</c> (docs/knowledge-format.md#metricsyaml): unknown keys, bad ids and bad patterns are errors with their line.</summary>
internal static partial class MetricsFileReader
{
    public static MetricLexicon Read(string text, string file, List<ImportError> errors)
    {
        var root = YamlFields.Parse(text, file, errors, "metrics");
        if (root is null)
        {
            return MetricLexicon.Empty;
        }

        var metrics = new List<MetricDefinition>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in root.Maps("metrics", "id", "unit", "patterns"))
        {
            var id = item.Required("id", "a metric slug such as terrorist-cells-dismantled");
            if (id.Length > 0 && !SlugPattern().IsMatch(id))
            {
                item.Error($"metric id '{id}' is not a lowercase slug (letters, digits and hyphens)");
            }
            else if (id.Length > 0 && lines.TryGetValue(id, out var first))
            {
                item.Error($"duplicate metric id '{id}' (first defined at line {first})");
            }
            else if (id.Length > 0)
            {
                lines[id] = item.Line;
            }

            var patterns = new List<MetricPattern>();
            var byLanguage = item.Map("patterns", "ar", "en");
            if (byLanguage is null)
            {
                item.Error($"metric '{id}': missing 'patterns' (ar and/or en lists)");
            }
            else
            {
                var written = 0;
                foreach (var language in new[] { "ar", "en" })
                {
                    foreach (var (value, line) in byLanguage.Strings(language))
                    {
                        written++;
                        var (pattern, error) = MetricPatternParser.Parse(value, language);
                        if (pattern is null)
                        {
                            errors.Add(new ImportError(file, line, $"metric '{id}': {error}"));
                        }
                        else
                        {
                            patterns.Add(pattern);
                        }
                    }
                }

                if (written == 0)
                {
                    byLanguage.Error($"metric '{id}': needs at least one pattern");
                }
            }

            metrics.Add(new MetricDefinition(id, item.String("unit"), patterns));
        }

        return new MetricLexicon(metrics);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
