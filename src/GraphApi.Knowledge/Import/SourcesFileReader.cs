using System.Globalization;
using System.Text.RegularExpressions;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>Reads <c>knowledge/sources.yaml</c> (docs/knowledge-format.md#sourcesyaml).</summary>
internal static partial class SourcesFileReader
{
    private static readonly string[] ChainRoles = ["quotes", "republishes", "interview-with", "agency-wire", "cites-report"];

    public static List<SourceMetadata> Read(string text, string file, List<ImportError> errors, List<EntityReference> references)
    {
        var result = new List<SourceMetadata>();
        var root = YamlFields.Parse(text, file, errors, "sources");
        if (root is null)
        {
            return result;
        }

        foreach (var item in root.Maps("sources", "file", "title", "titleEn", "outlet", "published", "language", "url", "chain", "visibility", "embargoUntil"))
        {
            var outlet = item.String("outlet");
            EntitiesFileReader.AddReference(references, item, outlet, "outlet");
            var chain = new List<ReportingLink>();
            foreach (var link in item.Maps("chain", "entity", "role", "note"))
            {
                var entity = link.Required("entity", "the outlet, agency or person relayed");
                EntitiesFileReader.AddReference(references, link, entity, "entity");
                var role = link.Required("role", string.Join(" | ", ChainRoles));
                if (role.Length > 0 && !ChainRoles.Contains(role, StringComparer.Ordinal))
                {
                    link.Error($"unknown chain role '{role}' (expected {string.Join(", ", ChainRoles)})");
                }

                chain.Add(new ReportingLink(entity, role, link.String("note")));
            }

            result.Add(new SourceMetadata(
                item.Required("file", "the article file name in sources/"),
                item.String("title"),
                item.String("titleEn"),
                outlet,
                item.String("published"),
                item.String("language"),
                item.String("url"),
                chain,
                ReadVisibility(item),
                ReadEmbargo(item),
                item.Line));
        }

        return result;
    }

    private static SourceVisibility ReadVisibility(YamlFields item)
    {
        var value = item.String("visibility");
        switch (value)
        {
            case null or "public":
                return SourceVisibility.Public;
            case "internal":
                return SourceVisibility.Internal;
            default:
                item.Error(item.Node("visibility")!, $"'visibility' must be public or internal, not '{value}'");
                return SourceVisibility.Internal;
        }
    }

    /// <summary>An ISO-8601 instant with its UTC offset (<c>Z</c> or <c>±hh:mm</c>): a bare date or local time would be read differently on every server.</summary>
    private static DateTimeOffset? ReadEmbargo(YamlFields item)
    {
        var value = item.String("embargoUntil");
        if (value is null)
        {
            return null;
        }

        if (Instant().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        item.Error(item.Node("embargoUntil")!, $"'embargoUntil' must be an ISO-8601 instant with a UTC offset, such as 2026-12-01T09:00:00Z or 2026-12-01T10:00:00+01:00, not '{value}'");
        return DateTimeOffset.MaxValue;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Instant();
}
