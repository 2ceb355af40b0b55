using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.7.1 Directives Are Defined: every directive used is defined by the schema.</summary>
public sealed class DirectivesAreDefinedRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, DirectiveLocation location)
    {
        if (context.TypeInfo.Directive is null)
        {
            context.ReportError($"Unknown directive \"@{node.Name.Value}\".", "5.7.1", node);
        }
    }
}
