using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.</summary>
public sealed class DirectivesAreUniquePerLocationRule : ValidationRule
{
    public override void EnterDirectives(ValidationContext context, SyntaxNode owner, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (!seen.TryAdd(name, directive))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", "5.7.3", seen[name], directive);
            }
        }
    }
}
