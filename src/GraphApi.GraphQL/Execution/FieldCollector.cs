using GraphApi.GraphQL.Introspection;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// CollectFields (GraphQL spec §6.3.2 "Field Collection"): flattens fragments, applies <c>@skip</c> / <c>@include</c>
/// and groups field nodes by response key, keeping the order in which keys first appear.
/// </summary>
internal static class FieldCollector
{
    public static SelectionPlan Collect(ExecutionContext context, ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        HashSet<string>? visitedFragments = null;
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(context, type, selectionSet, groups, order, ref visitedFragments);
        }

        var keys = order.ToArray();
        var fields = new FieldPlan[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var nodes = groups[keys[i]];
            var name = nodes[0].Name.Value;
            var isTypename = name == "__typename";
            fields[i] = new FieldPlan(keys[i], nodes, isTypename ? null : FindField(context, type, name), isTypename);
        }

        return new SelectionPlan(keys, fields);
    }

    private static FieldDefinition? FindField(ExecutionContext context, ObjectType type, string name)
    {
        if (ReferenceEquals(type, context.Schema.QueryType))
        {
            if (name == "__schema")
            {
                return IntrospectionTypes.SchemaField;
            }

            if (name == "__type")
            {
                return IntrospectionTypes.TypeField;
            }
        }

        return type.GetField(name);
    }

    private static void CollectInto(
        ExecutionContext context,
        ObjectType type,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> groups,
        List<string> order,
        ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(selection.Directives, context.Variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!groups.TryGetValue(key, out var list))
                    {
                        groups[key] = list = [];
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(context.Schema, type, inline.TypeCondition.Name.Value))
                    {
                        CollectInto(context, type, inline.SelectionSet, groups, order, ref visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var fragmentName = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(fragmentName)
                        || !context.Fragments.TryGetValue(fragmentName, out var fragment)
                        || !DoesFragmentTypeApply(context.Schema, type, fragment.TypeCondition.Name.Value))
                    {
                        continue;
                    }

                    CollectInto(context, type, fragment.SelectionSet, groups, order, ref visitedFragments);
                    break;
            }
        }
    }

    /// <summary>DoesFragmentTypeApply (§6.3.2).</summary>
    public static bool DoesFragmentTypeApply(GraphQLSchema schema, ObjectType type, string typeConditionName)
    {
        if (typeConditionName == type.Name)
        {
            return true;
        }

        var condition = schema.GetType(typeConditionName);
        return condition is InterfaceType or UnionType && schema.IsSubType(condition, type);
    }

    /// <summary>Evaluates <c>@skip(if:)</c> and <c>@include(if:)</c> (§3.13.1, §3.13.2).</summary>
    public static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    condition = argument.Value switch
                    {
                        BooleanValueNode b => b.Value,
                        VariableNode v => variables.TryGetValue(v.Name.Value, out var value) && value is true,
                        _ => false,
                    };
                }
            }

            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
