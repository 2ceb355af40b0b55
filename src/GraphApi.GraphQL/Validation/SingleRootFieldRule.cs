using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field (through fragments too),
/// and that field is not an introspection field. Fields are collected as CollectFields does with no variable values:
/// <c>@skip</c> and <c>@include</c> with literal conditions are honoured, conditions on variables keep the selection.
/// </summary>
public sealed class SingleRootFieldRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        // Without a subscription root type the operation is already refused by Operation Type Existence.
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is null)
        {
            return;
        }

        var fieldsByKey = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var keys = new List<string>();
        Collect(context, node.SelectionSet, fieldsByKey, keys, new HashSet<string>(StringComparer.Ordinal));
        var subject = node.Name is null ? "Anonymous Subscription" : $"Subscription \"{node.Name.Value}\"";
        if (keys.Count > 1)
        {
            var extra = keys.Skip(1).SelectMany(key => fieldsByKey[key]).Cast<SyntaxNode>().ToArray();
            context.ReportError($"{subject} must select only one top level field.", "5.2.3.1", extra);
        }

        foreach (var key in keys)
        {
            var fields = fieldsByKey[key];
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{subject} must not select an introspection top level field.", "5.2.3.1", fields.Cast<SyntaxNode>().ToArray());
            }
        }
    }

    private static void Collect(
        ValidationContext context,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> fieldsByKey,
        List<string> keys,
        HashSet<string> visitedFragments)
    {
        context.EnsureSufficientStack();
        foreach (var selection in selectionSet.Selections)
        {
            if (IsExcludedByLiteral(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!fieldsByKey.TryGetValue(key, out var fields))
                    {
                        fieldsByKey[key] = fields = [];
                        keys.Add(key);
                    }

                    fields.Add(field);
                    break;
                case InlineFragmentNode inline:
                    Collect(context, inline.SelectionSet, fieldsByKey, keys, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value) && context.GetFragment(spread.Name.Value) is { } fragment)
                    {
                        Collect(context, fragment.SelectionSet, fieldsByKey, keys, visitedFragments);
                    }

                    break;
            }
        }
    }

    private static bool IsExcludedByLiteral(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if ((directive.Name.Value == "skip" && condition is { Value: true }) || (directive.Name.Value == "include" && condition is { Value: false }))
            {
                return true;
            }
        }

        return false;
    }
}
