using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Lists the field names of a field's sub-selection ahead of execution, following fragments and honouring
/// <c>@skip</c> / <c>@include</c> (the same walk as §6.3.2 "Field Collection", without type conditions).
/// </summary>
internal static class SelectionLookahead
{
    public static IReadOnlyList<string> FieldNames(ResolveContext context)
    {
        var names = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in context.FieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                Walk(context.Execution, node.SelectionSet, names, visited);
            }
        }

        return names;
    }

    /// <summary>
    /// Whether the sub-selection reaches the nested fields <paramref name="path"/>, one name per level (as in
    /// <c>nodes</c>, then <c>source</c>), through fragments and with <c>@skip</c> / <c>@include</c> applied.
    /// </summary>
    public static bool Reaches(ResolveContext context, IReadOnlyList<string> path)
    {
        var level = context.FieldNodes.Select(n => n.SelectionSet).OfType<SelectionSetNode>().ToList();
        foreach (var name in path)
        {
            var next = new List<SelectionSetNode>();
            var found = false;
            foreach (var selectionSet in level)
            {
                found |= Find(context.Execution, selectionSet, name, next, new HashSet<string>(StringComparer.Ordinal));
            }

            if (!found)
            {
                return false;
            }

            level = next;
        }

        return true;
    }

    /// <summary>True when <paramref name="selectionSet"/> selects <paramref name="name"/>; adds the sub-selections of those fields to <paramref name="next"/>.</summary>
    private static bool Find(ExecutionContext execution, SelectionSetNode selectionSet, string name, List<SelectionSetNode> next, HashSet<string> visited)
    {
        var found = false;
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !FieldCollector.ShouldInclude(selection.Directives, execution.Variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field when field.Name.Value == name:
                    found = true;
                    if (field.SelectionSet is not null)
                    {
                        next.Add(field.SelectionSet);
                    }

                    break;
                case InlineFragmentNode inline:
                    found |= Find(execution, inline.SelectionSet, name, next, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && execution.Fragments.TryGetValue(spread.Name.Value, out var fragment):
                    found |= Find(execution, fragment.SelectionSet, name, next, visited);
                    break;
            }
        }

        return found;
    }

    private static void Walk(ExecutionContext execution, SelectionSetNode selectionSet, List<string> names, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !FieldCollector.ShouldInclude(selection.Directives, execution.Variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field when !names.Contains(field.Name.Value):
                    names.Add(field.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    Walk(execution, inline.SelectionSet, names, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && execution.Fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Walk(execution, fragment.SelectionSet, names, visited);
                    break;
            }
        }
    }
}
