using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.3.1 Field Selections: a selected field must be defined on the parent type (graphql-js FieldsOnCorrectTypeRule).</summary>
public sealed class FieldSelectionsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        var parentType = context.TypeInfo.ParentType;
        if (parentType is null || context.TypeInfo.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        var suggestion = SuggestionList.DidYouMean(SuggestTypes(context.Schema, parentType, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = SuggestionList.DidYouMean(SuggestFields(parentType, fieldName));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{suggestion}", "5.3.1", node);
    }

    /// <summary>For an abstract type: the interfaces and objects that do define the field, the most used first.</summary>
    private static List<string> SuggestTypes(GraphQLSchema schema, NamedType type, string fieldName)
    {
        if (type is not (InterfaceType or UnionType))
        {
            return [];
        }

        var suggested = new List<NamedType>();
        var usage = new Dictionary<NamedType, int>();
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            suggested.Add(possible);
            usage[possible] = 1;
            foreach (var implemented in possible.Interfaces)
            {
                if (implemented.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!usage.TryGetValue(implemented, out var count))
                {
                    suggested.Add(implemented);
                }

                usage[implemented] = count + 1;
            }
        }

        suggested.Sort((a, b) =>
        {
            var difference = usage[b] - usage[a];
            if (difference != 0)
            {
                return difference;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return string.CompareOrdinal(a.Name, b.Name);
        });
        return suggested.Select(t => t.Name).ToList();
    }

    private static IReadOnlyList<string> SuggestFields(NamedType type, string fieldName) =>
        type is ComplexType complex ? SuggestionList.Suggest(fieldName, complex.Fields.Select(f => f.Name)) : [];
}
