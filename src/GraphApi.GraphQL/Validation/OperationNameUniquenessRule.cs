using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness: each named operation has a name no other operation has.</summary>
public sealed class OperationNameUniquenessRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode { Name: { } name })
            {
                if (!known.TryAdd(name.Value, name))
                {
                    context.ReportError($"There can be only one operation named \"{name.Value}\".", "5.2.1.1", known[name.Value], name);
                }
            }
        }
    }
}
