using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.4.1 Argument Names: every argument is defined by its field or directive (graphql-js KnownArgumentNamesRule).</summary>
public sealed class ArgumentNamesRule : ValidationRule
{
    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        var typeInfo = context.TypeInfo;
        if (typeInfo.Argument is not null)
        {
            return;
        }

        var name = node.Name.Value;
        if (typeInfo.Directive is { } directive)
        {
            var suggestions = SuggestionList.Suggest(name, directive.Arguments.Select(a => a.Name));
            context.ReportError(
                $"Unknown argument \"{name}\" on directive \"@{directive.Name}\".{SuggestionList.DidYouMean(suggestions)}", "5.4.1", node);
        }
        else if (!typeInfo.InDirective && typeInfo.FieldDefinition is { } field && typeInfo.ParentType is { } parentType)
        {
            var suggestions = SuggestionList.Suggest(name, field.Arguments.Select(a => a.Name));
            context.ReportError(
                $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\".{SuggestionList.DidYouMean(suggestions)}", "5.4.1", node);
        }
    }
}
