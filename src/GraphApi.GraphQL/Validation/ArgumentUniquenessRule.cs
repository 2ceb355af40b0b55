using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.4.2 Argument Uniqueness: a field or directive is given each argument at most once.</summary>
public sealed class ArgumentUniquenessRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Arguments);

    public override void EnterDirective(ValidationContext context, DirectiveNode node, DirectiveLocation location) =>
        Check(context, node.Arguments);

    private static void Check(ValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var names = group.Select(a => (SyntaxNode)a.Name).ToArray();
            if (names.Length > 1)
            {
                context.ReportError($"There can be only one argument named \"{group.Key}\".", "5.4.2", names);
            }
        }
    }
}
