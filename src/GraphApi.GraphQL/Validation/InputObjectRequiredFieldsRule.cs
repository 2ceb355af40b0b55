using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.6.4 Input Object Required Fields: non-null input fields without a default must be given.</summary>
public sealed class InputObjectRequiredFieldsRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode objectValue || context.TypeInfo.InputType?.NamedType is not InputObjectType type)
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.Type is NonNullType && !field.HasDefaultValue && !objectValue.Fields.Any(f => f.Name.Value == field.Name))
            {
                context.ReportError(
                    $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", "5.6.4", node);
            }
        }
    }
}
