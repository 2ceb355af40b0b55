using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>The conflict search of spec 5.3.2 (FieldsInSetCanMerge and SameResponseShape).</summary>
public sealed partial class FieldSelectionMergingRule
{
    private void FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet, Action<Conflict> report)
    {
        var conflicts = new ConflictCollector(report);
        var fields = GetFieldsAndFragmentNames(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fields);
        var fragmentNames = DistinctFragments(fields.FragmentNames);
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        RememberConflictFree(conflicts, fields);
    }

    /// <summary>
    /// When a selection set met no conflict at all, every fragment it reached was compared with its fields, as not
    /// mutually exclusive (which finds the most), and none conflicted: fields with the same signatures would find none
    /// either, so later selection sets skip those comparisons. A chain or cycle of n fragments, each with the same
    /// fields, then costs n comparisons instead of n²/2. Nothing is remembered after a conflict, so every error is
    /// still reported where graphql-js reports it.
    /// </summary>
    private void RememberConflictFree(ConflictCollector conflicts, FieldsAndFragments fields)
    {
        if (conflicts.Count > 0)
        {
            return;
        }

        foreach (var fragmentName in fields.ComparedFragments.Keys)
        {
            _conflictFreeComparisons.Add((fields.FieldsKey, fragmentName));
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        ConflictCollector conflicts, bool areMutuallyExclusive, FieldsAndFragments fields, string fragmentName)
    {
        _context.EnsureSufficientStack();
        if (conflicts.IsFull
            || _conflictFreeComparisons.Contains((fields.FieldsKey, fragmentName))
            || !MarkCompared(fields.ComparedFragments, fragmentName, areMutuallyExclusive))
        {
            return;
        }

        if (GetReferencedFieldsAndFragmentNames(fragmentName) is not { } fragmentFields || ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(ConflictCollector conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        _context.EnsureSufficientStack();
        if (fragmentName1 == fragmentName2 || conflicts.IsFull)
        {
            return;
        }

        if (GetReferencedFieldsAndFragmentNames(fragmentName1) is not { } fields1
            || GetReferencedFieldsAndFragmentNames(fragmentName2) is not { } fields2
            || CannotConflict(fields1, fields2))
        {
            return;
        }

        // Fragment names become small integers so the pair memo (quadratic in the worst case) stays cheap.
        var id1 = FragmentId(fragmentName1);
        var id2 = FragmentId(fragmentName2);
        var key = id1 < id2 ? (id1, id2) : (id2, id1);
        if (!MarkCompared(_comparedFragmentPairs, key, areMutuallyExclusive))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var referenced2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
        }
    }

    /// <summary>
    /// Drops fragments whose fields are identical to an earlier one's (same parent types, fields, arguments and
    /// spreads): they would be compared with the same results, so thousands of look-alike fragments cost linear time.
    /// Conflicts inside such a fragment are still reported where the fragment itself is defined.
    /// </summary>
    private List<string> DistinctFragments(List<string> fragmentNames)
    {
        if (fragmentNames.Count < 2)
        {
            return fragmentNames;
        }

        var distinct = new List<string>(fragmentNames.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in fragmentNames)
        {
            if (GetReferencedFieldsAndFragmentNames(name) is not { } fields || seen.Add(fields.ContentKey))
            {
                distinct.Add(name);
            }
        }

        return distinct;
    }

    /// <summary>Two fragments with no response name in common and no further spreads have nothing to compare.</summary>
    private static bool CannotConflict(FieldsAndFragments fields1, FieldsAndFragments fields2)
    {
        if (fields1.FragmentNames.Count > 0 || fields2.FragmentNames.Count > 0)
        {
            return false;
        }

        var (smaller, larger) = fields1.Fields.Count <= fields2.Fields.Count ? (fields1, fields2) : (fields2, fields1);
        foreach (var responseName in smaller.Fields.Keys)
        {
            if (larger.Fields.ContainsKey(responseName))
            {
                return false;
            }
        }

        return true;
    }

    private int FragmentId(string fragmentName)
    {
        if (!_fragmentIds.TryGetValue(fragmentName, out var id))
        {
            _fragmentIds[fragmentName] = id = _fragmentIds.Count;
        }

        return id;
    }

    /// <summary>
    /// Records a comparison; false when it was already made. Comparing as mutually exclusive checks less than comparing
    /// as not exclusive, so an exclusive comparison does not cover a later non-exclusive one (graphql-js <c>PairSet</c>).
    /// </summary>
    private static bool MarkCompared<TKey>(Dictionary<TKey, bool> compared, TKey key, bool areMutuallyExclusive)
        where TKey : notnull
    {
        if (compared.TryGetValue(key, out var previous) && (areMutuallyExclusive || !previous))
        {
            return false;
        }

        compared[key] = areMutuallyExclusive;
        return true;
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new ConflictCollector(null);
        var fields1 = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var fields2 = GetFieldsAndFragmentNames(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        var fragmentNames1 = DistinctFragments(fields1.FragmentNames);
        var fragmentNames2 = DistinctFragments(fields2.FragmentNames);
        foreach (var fragmentName2 in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
        }

        foreach (var fragmentName1 in fragmentNames1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
        }

        foreach (var fragmentName1 in fragmentNames1)
        {
            foreach (var fragmentName2 in fragmentNames2)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts.Items;
    }

    private void CollectConflictsWithin(ConflictCollector conflicts, FieldsAndFragments fields)
    {
        foreach (var (responseName, group) in fields.Fields)
        {
            var entries = group.Entries;
            for (var i = 0; i < entries.Count && !conflicts.IsFull; i++)
            {
                for (var j = i + 1; j < entries.Count; j++)
                {
                    if (FindConflict(false, responseName, entries[i], entries[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(ConflictCollector conflicts, bool parentFieldsAreMutuallyExclusive, FieldsAndFragments fields1, FieldsAndFragments fields2)
    {
        foreach (var (responseName, group1) in fields1.Fields)
        {
            if (!fields2.Fields.TryGetValue(responseName, out var group2))
            {
                continue;
            }

            foreach (var entry1 in group1.Entries)
            {
                if (conflicts.IsFull)
                {
                    return;
                }

                foreach (var entry2 in group2.Entries)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, entry1, entry2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        _context.EnsureSufficientStack();
        FieldPairComparisons++;
        // Fields on different object types can never both apply, so only their response shapes must agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!areMutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return Simple(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", node1, node2);
            }

            if (!HaveSameArguments(node1, node2))
            {
                return Simple(responseName, "they have differing arguments", node1, node2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Simple(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
        }

        if (node1.SelectionSet is null || node2.SelectionSet is null)
        {
            return null;
        }

        var subConflicts = FindConflictsBetweenSubSelectionSets(
            areMutuallyExclusive, type1?.NamedType, node1.SelectionSet, type2?.NamedType, node2.SelectionSet);
        if (subConflicts.Count == 0)
        {
            return null;
        }

        var fields1 = new List<FieldNode> { node1 };
        var fields2 = new List<FieldNode> { node2 };
        foreach (var sub in subConflicts)
        {
            fields1.AddRange(sub.Fields1);
            fields2.AddRange(sub.Fields2);
        }

        return new Conflict(new ConflictReason(responseName, null, subConflicts.Select(c => c.Reason).ToArray()), fields1, fields2);
    }

    /// <summary>
    /// Where conflicts go: at the top they are reported at once (so the error limit stops the search); below, at most
    /// <see cref="Limit"/> are kept for the enclosing conflict's message, which bounds time and memory on hostile documents.
    /// </summary>
    private sealed class ConflictCollector(Action<Conflict>? report)
    {
        public const int Limit = 100;

        public List<Conflict> Items { get; } = [];

        public bool IsFull => Items.Count >= Limit;

        /// <summary>How many conflicts were found, reported or kept.</summary>
        public int Count { get; private set; }

        public void Add(Conflict conflict)
        {
            Count++;
            if (report is not null)
            {
                report(conflict);
            }
            else if (!IsFull)
            {
                Items.Add(conflict);
            }
        }
    }

    private static Conflict Simple(string responseName, string message, FieldNode node1, FieldNode node2) =>
        new(new ConflictReason(responseName, message, null), [node1], [node2]);

    /// <summary>Same argument names with the same values; object fields are compared in name order.</summary>
    private bool HaveSameArguments(FieldNode node1, FieldNode node2)
    {
        var arguments1 = node1.Arguments;
        var arguments2 = node2.Arguments;
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = arguments2.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || CanonicalValue(argument1.Value) != CanonicalValue(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    private string CanonicalValue(ValueNode value)
    {
        if (value is VariableNode or IntValueNode or FloatValueNode or EnumValueNode or BooleanValueNode or NullValueNode)
        {
            return value is VariableNode variable ? "$" + variable.Name.Value : SyntaxPrinter.Print(value);
        }

        if (!_canonicalValues.TryGetValue(value, out var canonical))
        {
            _canonicalValues[value] = canonical = SyntaxPrinter.Print(SortFields(value));
        }

        return canonical;
    }

    private static ValueNode SortFields(ValueNode value) => value switch
    {
        ObjectValueNode objectValue => new ObjectValueNode(
            objectValue.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal).Select(f => new ObjectFieldNode(f.Name, SortFields(f.Value))).ToArray()),
        ListValueNode list => new ListValueNode(list.Values.Select(SortFields).ToArray()),
        _ => value,
    };

    /// <summary>SameResponseShape: lists and non-nulls must match in structure, and leaf types must be identical.</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
        }
    }
}
