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
