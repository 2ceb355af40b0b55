using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the only operation in the document.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);
        if (operationCount < 2)
        {
            return;
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode { Name: null } anonymous)
            {
                context.ReportError("This anonymous operation must be the only defined operation.", "5.2.2.1", anonymous);
            }
        }
    }
}
