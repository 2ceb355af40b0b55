using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence: type conditions name types of the schema. Like graphql-js
/// KnownTypeNamesRule it checks every named type in the document, so unknown variable types are caught too (5.8.2).
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : ValidationRule
{
    public override void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (context.Schema.GetType(name) is not null)
        {
            return;
        }

        var suggestions = SuggestionList.Suggest(name, context.Schema.TypeMap.Keys);
        context.ReportError($"Unknown type \"{name}\".{SuggestionList.DidYouMean(suggestions)}", "5.5.1.2", node);
    }
}
