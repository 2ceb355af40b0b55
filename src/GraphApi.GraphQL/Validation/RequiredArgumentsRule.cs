using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.4.2.1 Required Arguments: non-null arguments without a default must be given (graphql-js ProvidedRequiredArgumentsRule).</summary>
public sealed class RequiredArgumentsRule : ValidationRule
{
    public override void LeaveField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", "5.4.2.1", node);
            }
        }
    }

    public override void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.TypeInfo.Directive is not { } directive)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(
                    $"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", "5.4.2.1", node);
            }
        }
    }

    private static bool IsRequired(InputValueDefinition argument) => argument.Type is NonNullType && !argument.HasDefaultValue;

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
