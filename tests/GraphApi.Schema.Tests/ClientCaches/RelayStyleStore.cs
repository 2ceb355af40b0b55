using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.Schema.Tests.ClientCaches;

/// <summary>
/// A record store that normalizes responses the way Relay's runtime (and Apollo's InMemoryCache) does: every object
/// with an <c>id</c> becomes one record keyed by that id alone, so ids must be unique across types; a record seen
/// twice is merged field by field. <see cref="Prepare"/> first adds <c>__typename</c> and <c>id</c> to every selection
/// set, as relay-compiler and Apollo's document transform do.
/// </summary>
internal sealed class RelayStyleStore(GraphQLSchema schema)
{
    private readonly Dictionary<string, Record> _records = new(StringComparer.Ordinal);

    /// <summary>What a client cache would get wrong: an id shared by two types, or a record whose fields disagree.</summary>
    public List<string> Conflicts { get; } = [];

    public int RecordCount => _records.Count;

    public IEnumerable<string> TypesOfRecords => _records.Values.Select(r => r.TypeName).Distinct(StringComparer.Ordinal);

    /// <summary>The document with <c>__typename</c>, and <c>id</c> where the type has one, at the start of every selection set below the root.</summary>
    public string Prepare(string query)
    {
        var document = Parser.Parse(query);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var insertions = new List<(int Offset, string Text)>();

        void Visit(SelectionSetNode selectionSet, NamedType parent, bool root)
        {
            if (!root && parent is ComplexType or UnionType)
            {
                var id = parent is ComplexType complex && complex.GetField("id") is not null ? " id" : string.Empty;
                insertions.Add((selectionSet.Location.Start + 1, " __typename" + id));
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode { SelectionSet: { } inner } field when parent is ComplexType complexParent:
                        var definition = complexParent.GetField(field.Name.Value) ?? throw new InvalidOperationException($"{parent.Name}.{field.Name.Value} is not in the schema");
                        Visit(inner, definition.Type.NamedType, root: false);
                        break;
                    case InlineFragmentNode inline:
                        Visit(inline.SelectionSet, inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value)! : parent, root);
                        break;
                    case FragmentSpreadNode spread:
                        var fragment = fragments[spread.Name.Value];
                        Visit(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value)!, root: false);
                        break;
                }
            }
        }

        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            Visit(operation.SelectionSet, schema.GetRootType(operation.Operation)!, root: true);
        }

        var text = new StringBuilder(query);
        foreach (var (offset, inserted) in insertions.DistinctBy(i => i.Offset).OrderByDescending(i => i.Offset))
        {
            text.Insert(offset, inserted);
        }

        return text.ToString();
    }

    /// <summary>Normalizes one response's <c>data</c> into the store, recording every conflict with what is stored already.</summary>
    public void Normalize(JsonElement data, string origin) => Walk(data, origin, "data");

    private void Walk(JsonElement value, string origin, string path)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Walk(item, origin, $"{path}[{index++}]");
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (value.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && value.TryGetProperty("__typename", out var typeName))
        {
            Merge(id.GetString()!, typeName.GetString()!, value, $"{origin} at {path}");
        }

        foreach (var property in value.EnumerateObject())
        {
            Walk(property.Value, origin, path + "." + property.Name);
        }
    }

    private void Merge(string id, string typeName, JsonElement value, string where)
    {
        if (!_records.TryGetValue(id, out var record))
        {
            record = new Record(typeName, where);
            _records.Add(id, record);
        }
        else if (record.TypeName != typeName)
        {
            Conflicts.Add($"id \"{id}\" is a {record.TypeName} ({record.FirstSeen}) and a {typeName} ({where})");
            return;
        }

        foreach (var field in value.EnumerateObject())
        {
            // Objects with an id are references to their own records; keyless objects live inside this one and are
            // keyed by field and arguments, which a response does not show, so only leaf values are compared.
            if (field.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && !IsLeafList(field.Value))
            {
                continue;
            }

            var text = field.Value.GetRawText();
            if (record.Fields.TryGetValue(field.Name, out var stored) && stored.Value != text)
            {
                Conflicts.Add($"{typeName} \"{id}\".{field.Name} is {stored.Value} ({stored.Where}) and {text} ({where})");
            }
            else
            {
                record.Fields[field.Name] = (text, where);
            }
        }
    }

    private static bool IsLeafList(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array && list.EnumerateArray().All(item => item.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array);

    private sealed record Record(string TypeName, string FirstSeen)
    {
        public Dictionary<string, (string Value, string Where)> Fields { get; } = new(StringComparer.Ordinal);
    }
}
