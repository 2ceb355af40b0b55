using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.8.3 All Variable Uses Defined: every variable used by an operation, also inside its fragments, is defined by it.</summary>
public sealed class AllVariableUsesDefinedRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!defined.Contains(name))
                {
                    var message = operation.Name is null
                        ? $"Variable \"${name}\" is not defined."
                        : $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\".";
                    context.ReportError(message, "5.8.3", usage.Node, operation);
                }
            }
        }
    }
}
