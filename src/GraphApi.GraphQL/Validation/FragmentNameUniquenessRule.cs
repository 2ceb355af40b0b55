using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness: no two fragment definitions share a name.</summary>
public sealed class FragmentNameUniquenessRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !known.TryAdd(fragment.Name.Value, fragment.Name))
            {
                context.ReportError(
                    $"There can be only one fragment named \"{fragment.Name.Value}\".", "5.5.1.1", known[fragment.Name.Value], fragment.Name);
            }
        }
    }
}
