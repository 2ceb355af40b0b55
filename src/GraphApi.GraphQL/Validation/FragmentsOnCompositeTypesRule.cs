using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types: a type condition names an object, interface or union type.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && IsNonComposite(context, condition))
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", "5.5.1.3", condition);
        }
    }

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (IsNonComposite(context, node.TypeCondition))
        {
            context.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".", "5.5.1.3", node.TypeCondition);
        }
    }

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition) =>
        context.Schema.GetType(condition.Name.Value) is { } type && type is not (ObjectType or InterfaceType or UnionType);
}
