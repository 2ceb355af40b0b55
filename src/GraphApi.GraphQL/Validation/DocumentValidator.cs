using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec 5, Validation) in one walk with all rules at once.
/// After <c>maxErrors</c> errors it stops and appends graphql-js's "Too many validation errors" error.
/// </summary>
public static class DocumentValidator
{
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document, int maxErrors = 100) =>
        Validate(schema, document, SpecifiedRules.Create(), maxErrors);

    /// <summary>Validates with a chosen set of rules (tests run one rule at a time, like graphql-js's harness).</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IEnumerable<ValidationRule> rules,
        int maxErrors = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrors);
        var context = new ValidationContext(schema, document, maxErrors);
        try
        {
            new DocumentWalker(context, rules.ToArray()).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The context has already appended the "Too many validation errors" error.
        }

        return context.Errors;
    }
}
