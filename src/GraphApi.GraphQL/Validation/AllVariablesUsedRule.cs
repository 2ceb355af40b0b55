using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.8.4 All Variables Used: every variable an operation defines is used by it or by a fragment it spreads.</summary>
public sealed class AllVariablesUsedRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            if (operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var used = context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    var message = operation.Name is null
                        ? $"Variable \"${name}\" is never used."
                        : $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\".";
                    context.ReportError(message, "5.8.4", definition);
                }
            }
        }
    }
}
