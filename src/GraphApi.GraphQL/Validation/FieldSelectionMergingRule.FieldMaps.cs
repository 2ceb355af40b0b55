using System.Text;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>Field maps for spec 5.3.2: the fields of a selection set by response name, and the fragments it spreads.</summary>
public sealed partial class FieldSelectionMergingRule
{
    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_fieldsCache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var result = new FieldsAndFragments();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        Collect(parentType, selectionSet, result, fragmentNames);
        _fieldsCache[selectionSet] = result;
        return result;
    }

    private FieldsAndFragments? GetReferencedFieldsAndFragmentNames(string fragmentName)
    {
        if (_context.GetFragment(fragmentName) is not { } fragment)
        {
            return null;
        }

        return _fieldsCache.TryGetValue(fragment.SelectionSet, out var cached)
            ? cached
            : GetFieldsAndFragmentNames(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
    }

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldsAndFragments result, HashSet<string> fragmentNames)
    {
        _context.EnsureSufficientStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    result.Add(new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : _context.Schema.GetType(inline.TypeCondition.Name.Value);
                    Collect(inlineType, inline.SelectionSet, result, fragmentNames);
                    break;
            }
        }
    }

    /// <summary>A field as selected on a parent type, with its definition when the type has one.</summary>
    private sealed class FieldEntry(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        private string? _signature;

        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        /// <summary>The field printed without its alias, with its parent type: equal signatures merge and conflict identically.</summary>
        public string Signature => _signature ??= (ParentType?.Name ?? string.Empty) + "\u0000"
            + SyntaxPrinter.Print(new FieldNode(null, Node.Name, Node.Arguments, Node.Directives, Node.SelectionSet));
    }

    /// <summary>The fields sharing one response name, without duplicates.</summary>
    private sealed class FieldGroup
    {
        private HashSet<string>? _signatures;

        public List<FieldEntry> Entries { get; } = [];

        public void Add(FieldEntry entry)
        {
            if (Entries.Count > 0)
            {
                _signatures ??= [Entries[0].Signature];
                if (!_signatures.Add(entry.Signature))
                {
                    return;
                }
            }

            Entries.Add(entry);
        }
    }

    private sealed class FieldsAndFragments
    {
        private string? _contentKey;
        private string? _fieldsKey;

        public Dictionary<string, FieldGroup> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>The fragments these fields were already compared with, and whether that was as mutually exclusive.</summary>
        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);

        /// <summary>Every field's signature under its response name, then the spread fragments: equal keys compare equally.</summary>
        public string ContentKey => _contentKey ??= BuildContentKey();

        /// <summary>Every field's signature under its response name, without the spreads: equal keys meet a fragment's fields alike.</summary>
        public string FieldsKey => _fieldsKey ??= BuildFieldsKey();

        private string BuildContentKey() => FieldsKey + "\u0003" + string.Join(',', FragmentNames);

        private string BuildFieldsKey()
        {
            var key = new StringBuilder();
            foreach (var (responseName, group) in Fields)
            {
                key.Append(responseName).Append('\u0001');
                foreach (var entry in group.Entries)
                {
                    key.Append(entry.Signature).Append('\u0002');
                }
            }

            return key.ToString();
        }

        public void Add(FieldEntry entry)
        {
            var responseName = entry.Node.ResponseKey;
            if (!Fields.TryGetValue(responseName, out var group))
            {
                Fields[responseName] = group = new FieldGroup();
            }

            group.Add(entry);
        }
    }
}
