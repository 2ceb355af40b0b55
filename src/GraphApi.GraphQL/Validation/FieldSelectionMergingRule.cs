using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Spec 5.3.2 Field Selection Merging (FieldsInSetCanMerge): fields with the same response name must be the same
/// field with the same arguments (unless their parents are different object types), must have compatible types,
/// and their sub-selections must merge too. The algorithm is graphql-js's OverlappingFieldsCanBeMergedRule: field maps
/// are cached per selection set and fragment pairs are compared once. Identical fields under one response name are
/// kept once, so thousands of repeated or aliased fields cost linear, not quadratic, time.
/// </summary>
public sealed partial class FieldSelectionMergingRule : ValidationRule
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _fieldsCache = [];
    private readonly Dictionary<(int, int), bool> _comparedFragmentPairs = [];
    private readonly Dictionary<string, int> _fragmentIds = new(StringComparer.Ordinal);
    private readonly Dictionary<ValueNode, string> _canonicalValues = [];
    private readonly HashSet<SelectionSetNode> _inlineFragmentSelectionSets = [];
    private readonly HashSet<(string FieldsKey, string FragmentName)> _conflictFreeComparisons = [];
    private ValidationContext _context = null!;

    /// <summary>
    /// How many field pairs the last validated document made this rule compare: the measure of its work that tests hold
    /// to a linear bound, so that a quadratic regression fails whatever the machine's speed.
    /// </summary>
    public long FieldPairComparisons { get; private set; }

    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        _context = context;
        FieldPairComparisons = 0;
        _fieldsCache.Clear();
        _comparedFragmentPairs.Clear();
        _fragmentIds.Clear();
        _canonicalValues.Clear();
        _inlineFragmentSelectionSets.Clear();
        _conflictFreeComparisons.Clear();
    }

    // An inline fragment's fields are merged into the enclosing selection set, which is checked as a whole; checking the
    // fragment's own set again would report the same conflict twice (graphql-js skips these sets too).
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) =>
        _inlineFragmentSelectionSets.Add(node.SelectionSet);

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        if (_inlineFragmentSelectionSets.Contains(node))
        {
            return;
        }

        FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, node, conflict =>
        {
            var nodes = conflict.Fields1.Concat(conflict.Fields2).Cast<SyntaxNode>().ToArray();
            context.ReportError(
                $"Fields \"{conflict.Reason.ResponseName}\" conflict because {Describe(conflict.Reason)}. "
                + "Use different aliases on the fields to fetch both if this was intentional.",
                "5.3.2",
                nodes);
        });
    }

    private static string Describe(ConflictReason reason) =>
        reason.SubReasons is null
            ? reason.Message!
            : string.Join(" and ", reason.SubReasons.Select(sub => $"subfields \"{sub.ResponseName}\" conflict because {Describe(sub)}"));

    /// <summary>Why two fields conflict: a message, or the conflicts of their sub-selections.</summary>
    private sealed record ConflictReason(string ResponseName, string? Message, IReadOnlyList<ConflictReason>? SubReasons);

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
}
