using System.Text.RegularExpressions;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>Reads <c>knowledge/entities.yaml</c> (docs/knowledge-format.md#entitiesyaml).</summary>
internal static partial class EntitiesFileReader
{
    private static readonly string[] EntityKeys =
    [
        "id", "kind", "name", "nameAr", "aliases", "description", "institutionType", "parent", "partMention",
        "mentionsAlso", "date", "datePrecision", "place", "partOfNameOnly", "publisher", "acknowledged",
    ];

    public static List<CuratedEntity> Read(string text, string file, List<ImportError> errors, List<EntityReference> references)
    {
        var result = new List<CuratedEntity>();
        var root = YamlFields.Parse(text, file, errors, "entities");
        if (root is null)
        {
            return result;
        }

        foreach (var item in root.Maps("entities", EntityKeys))
        {
            var id = item.Required("id", "a slug such as person/habboub");
            if (id.Length > 0 && !SlugPattern().IsMatch(id))
            {
                item.Error($"id '{id}' is not a lowercase slug kind/slug");
            }

            var kindText = item.Required("kind", "Person | Institution | Event | Place | Program | Document");
            if (!Enum.TryParse<EntityKind>(kindText, ignoreCase: false, out var kind) && kindText.Length > 0)
            {
                item.Error($"entity '{id}': unknown kind '{kindText}' (expected Person, Institution, Event, Place, Program or Document)");
            }

            var publisher = item.String("publisher");
            if (publisher is not null && kind != EntityKind.Document)
            {
                item.Error(item.Node("publisher")!, $"entity '{id}': 'publisher' is for Documents (the body that issued a report), not for a {kind}");
            }

            AddReference(references, item, publisher, "publisher");

            var parent = item.String("parent");
            var place = item.String("place");
            var mentionsAlso = item.Strings("mentionsAlso");
            AddReference(references, item, parent, "parent");
            AddReference(references, item, place, "place");
            foreach (var (value, line) in mentionsAlso)
            {
                references.Add(new EntityReference(file, line, value, "mentionsAlso"));
            }

            var entity = new Entity
            {
                Id = id,
                Kind = kind,
                Name = item.Required("name", "the English display name"),
                NameAr = item.String("nameAr"),
                Aliases = [.. item.Strings("aliases").Select(a => a.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Description = item.String("description"),
                InstitutionType = item.String("institutionType"),
                ParentId = parent,
                PartMention = item.Bool("partMention"),
                MentionsAlso = [.. mentionsAlso.Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Date = item.String("date"),
                DatePrecision = item.String("datePrecision"),
                PlaceId = place,
                PartOfNameOnly = item.Bool("partOfNameOnly"),
                PublisherId = publisher,
            };
            result.Add(new CuratedEntity(entity, item.Line, AcknowledgementsReader.Read(item, id)));
        }

        return result;
    }

    /// <summary>Records the entity id under <paramref name="key"/> for checking once every entity is known; <paramref name="field"/> names it in errors.</summary>
    internal static void AddReference(List<EntityReference> references, YamlFields item, string? id, string key, string? field = null)
    {
        if (id is not null)
        {
            references.Add(new EntityReference(item.File, YamlFields.LineOf(item.Node(key)!), id, field ?? key));
        }
    }

    [GeneratedRegex("^[a-z0-9-]+/[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex SlugPattern();
}
