using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>Reads <c>knowledge/sources.yaml</c> (docs/knowledge-format.md#sourcesyaml).</summary>
internal static class SourcesFileReader
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

        foreach (var item in root.Maps("sources", "file", "title", "titleEn", "outlet", "published", "language", "url", "chain"))
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
                item.Line));
        }

        return result;
    }
}
