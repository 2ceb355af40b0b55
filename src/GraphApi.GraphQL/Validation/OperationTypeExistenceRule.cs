using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Spec 5.2 "Operation Type Existence" (added to the draft by graphql-spec #955): the schema must define the root operation type of
/// every operation, so <c>mutation { … }</c> is invalid against a read-only schema instead of failing at execution.
/// </summary>
public sealed class OperationTypeExistenceRule : ValidationRule
{
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            var operation = node.Operation.ToString().ToLowerInvariant();
            context.ReportError($"The {operation} operation is not supported by the schema.", "5.2", node);
        }
    }
}
