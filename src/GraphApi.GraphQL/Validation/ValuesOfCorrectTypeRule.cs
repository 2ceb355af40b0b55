using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: each literal can be coerced to the type expected where it is written, including
/// the rule of @oneOf input object literals (exactly one field, not null). Unknown and missing input object fields are
/// left to 5.6.2 and 5.6.4, and nullable variables in @oneOf fields to 5.8.5, as in graphql-js 16.10+.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        var locationType = context.TypeInfo.InputType;
        switch (node)
        {
            case VariableNode:
                return;
            case NullValueNode:
                if (locationType is NonNullType)
                {
                    ReportInvalid(context, locationType, node);
                }

                return;
            case ListValueNode:
                // The walk has already stepped into the list's item type; the list's own position is the parent input type.
                var listLocation = context.TypeInfo.ParentInputType;
                var nullable = listLocation is NonNullType nonNull ? nonNull.OfType : listLocation;
                if (nullable is not ListType)
                {
                    CheckLeaf(context, node);
                }

                return;
            case ObjectValueNode objectValue:
                if (locationType?.NamedType is InputObjectType { IsOneOf: true } oneOf)
                {
                    CheckOneOf(context, oneOf, objectValue);
                }
                else if (locationType is not null && locationType.NamedType is not InputObjectType)
                {
                    CheckLeaf(context, node);
                }

                return;
            default:
                CheckLeaf(context, node);
                return;
        }
    }

    /// <summary>Coerces a scalar or enum literal with the type's own literal parser, as graphql-js <c>isValidValueNode</c> does.</summary>
    private static void CheckLeaf(ValidationContext context, ValueNode node)
    {
        var locationType = context.TypeInfo.InputType;
        if (locationType is null)
        {
            return;
        }

        var type = locationType.NamedType;
        if (!type.IsLeafType)
        {
            ReportInvalid(context, locationType, node);
            return;
        }

        try
        {
            _ = type switch
            {
                ScalarType scalar => scalar.ParseLiteral(node),
                EnumType enumType => enumType.ParseLiteral(node),
                _ => null,
            };
        }
        catch (Exception exception)
        {
            context.ReportError($"Expected value of type \"{locationType}\", found {node}; {exception.Message}", "5.6.1", node);
        }
    }

    private static void CheckOneOf(ValidationContext context, InputObjectType type, ObjectValueNode node)
    {
        if (node.Fields.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", "5.6.1", node);
            return;
        }

        var field = node.Fields[0];
        if (field.Value is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{field.Name.Value}\" must be non-null.", "5.6.1", node);
        }
    }

    private static void ReportInvalid(ValidationContext context, GraphQLType type, ValueNode node) =>
        context.ReportError($"Expected value of type \"{type}\", found {node}.", "5.6.1", node);
}
