using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.7.2 Directives Are In Valid Locations: a directive is used only where its definition allows.</summary>
public sealed class DirectivesAreInValidLocationsRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, DirectiveLocation location)
    {
        if (context.TypeInfo.Directive is { } directive && !directive.Locations.Contains(location))
        {
            context.ReportError(
                $"Directive \"@{node.Name.Value}\" may not be used on {DirectiveLocationNames.ToName(location)}.", "5.7.2", node);
        }
    }
}
