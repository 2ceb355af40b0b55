using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles. A depth-first search from each fragment, remembering the spread
/// path; every fragment is expanded once in total, so the check is linear in the number of spreads.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var spreadPath = new List<FragmentSpreadNode>();
        var pathIndexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                Detect(context, fragment, visited, spreadPath, pathIndexByName);
            }
        }
    }

    private static void Detect(
        ValidationContext context,
        FragmentDefinitionNode fragment,
        HashSet<string> visited,
        List<FragmentSpreadNode> spreadPath,
        Dictionary<string, int> pathIndexByName)
    {
        context.EnsureSufficientStack();
        var name = fragment.Name.Value;
        if (!visited.Add(name))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        pathIndexByName[name] = spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            spreadPath.Add(spread);
            if (!pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target)
                {
                    Detect(context, target, visited, spreadPath, pathIndexByName);
                }
            }
            else
            {
                var cyclePath = spreadPath.Skip(cycleIndex).ToArray();
                var via = cyclePath[..^1].Select(s => $"\"{s.Name.Value}\"").ToArray();
                var message = via.Length == 0
                    ? $"Cannot spread fragment \"{spreadName}\" within itself."
                    : $"Cannot spread fragment \"{spreadName}\" within itself via {string.Join(", ", via)}.";
                context.ReportError(message, "5.5.2.2", cyclePath.Cast<SyntaxNode>().ToArray());
            }

            spreadPath.RemoveAt(spreadPath.Count - 1);
        }

        pathIndexByName.Remove(name);
    }
}
