using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object (possibly wrapped).</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        if (TypeFromAst.Resolve(context.Schema, node.Type) is { IsInputType: false })
        {
            context.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{node.Type}\".", "5.8.2", node.Type);
        }
    }
}
