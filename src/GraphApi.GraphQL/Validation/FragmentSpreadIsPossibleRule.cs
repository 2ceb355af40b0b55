using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type share at least one possible object type.</summary>
public sealed class FragmentSpreadIsPossibleRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        var fragmentType = context.TypeInfo.Type?.NamedType;
        var parentType = context.TypeInfo.ParentType;
        if (node.TypeCondition is not null && fragmentType is ObjectType or InterfaceType or UnionType
            && parentType is not null && !DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", "5.5.2.3", node);
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        var fragment = context.GetFragment(name);
        var fragmentType = fragment is null ? null : context.Schema.GetType(fragment.TypeCondition.Name.Value);
        var parentType = context.TypeInfo.ParentType;
        if (fragmentType is ObjectType or InterfaceType or UnionType && parentType is not null
            && !DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", "5.5.2.3", node);
        }
    }

    /// <summary>Whether some object type could be both (graphql-js <c>doTypesOverlap</c>).</summary>
    internal static bool DoTypesOverlap(GraphQLSchema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is InterfaceType or UnionType)
        {
            if (b is InterfaceType or UnionType)
            {
                var possibleB = schema.GetPossibleTypes(b);
                return schema.GetPossibleTypes(a).Any(type => possibleB.Contains(type));
            }

            return schema.IsSubType(a, b);
        }

        return b is InterfaceType or UnionType && schema.IsSubType(b, a);
    }
}
