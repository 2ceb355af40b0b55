using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed (IsVariableUsageAllowed): a variable's type fits every position it is
/// used in; a nullable variable may fill a non-null position only if the variable or the position has a default,
/// and never a field of a @oneOf input object (spec 3.10.1, OneOf Input Objects).
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                definitions.TryAdd(definition.Variable.Name.Value, definition);
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                if (usage.Type is null || !definitions.TryGetValue(usage.Node.Name.Value, out var definition))
                {
                    continue;
                }

                var variableType = TypeFromAst.Resolve(context.Schema, definition.Type);
                if (variableType is null)
                {
                    continue;
                }

                if (!IsAllowed(context.Schema, variableType, definition, usage))
                {
                    context.ReportError(
                        $"Variable \"${usage.Node.Name.Value}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".",
                        "5.8.5",
                        definition,
                        usage.Node);
                }

                if (usage.OneOfParent is { } oneOf && variableType is not NonNullType)
                {
                    context.ReportError(
                        $"Variable \"${usage.Node.Name.Value}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        "5.8.5",
                        definition,
                        usage.Node);
                }
            }
        }
    }

    private static bool IsAllowed(GraphQLSchema schema, GraphQLType variableType, VariableDefinitionNode definition, VariableUsage usage)
    {
        if (usage.Type is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = definition.DefaultValue is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !usage.HasLocationDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, usage.Type!);
    }
}
