using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.8.1 Variable Uniqueness: an operation defines each variable once.</summary>
public sealed class VariableUniquenessRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count < 2)
        {
            return;
        }

        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            var names = group.Select(v => (SyntaxNode)v.Variable.Name).ToArray();
            if (names.Length > 1)
            {
                context.ReportError($"There can be only one variable named \"${group.Key}\".", "5.8.1", names);
            }
        }
    }
}
