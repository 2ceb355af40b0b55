using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.6.2 Input Object Field Names: every field of an input object literal is defined by its type.</summary>
public sealed class InputObjectFieldNamesRule : ValidationRule
{
    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        if (context.TypeInfo.ParentInputType?.NamedType is not InputObjectType parentType || context.TypeInfo.InputType is not null)
        {
            return;
        }

        var name = node.Name.Value;
        if (parentType.GetField(name) is not null)
        {
            return;
        }

        var suggestions = SuggestionList.Suggest(name, parentType.Fields.Select(f => f.Name));
        context.ReportError(
            $"Field \"{name}\" is not defined by type \"{parentType.Name}\".{SuggestionList.DidYouMean(suggestions)}", "5.6.2", node);
    }
}
