using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class OperationTypeExistenceRuleTests
{
    private static readonly GraphQLSchema QueryOnly = new(new ObjectType("Query").Field("hello", ScalarType.String));

    [Fact]
    public void Operations_on_defined_roots_are_fine()
    {
        ExpectValid<OperationTypeExistenceRule>("query { dog { name } }");
        Assert.Empty(Validate("{ hello }"));
    }

    [Fact]
    public void A_mutation_or_subscription_without_its_root_type_is_reported()
    {
        var errors = Validate("mutation M { hello }\nsubscription S { hello }");

        Compare(
            [
                Error("The mutation operation is not supported by the schema.", (1, 1)),
                Error("The subscription operation is not supported by the schema.", (2, 1)),
            ],
            errors);
    }

    [Fact]
    public void A_missing_subscription_root_is_reported_once_not_also_as_a_bad_root_field() =>
        Assert.Single(DocumentValidator.Validate(QueryOnly, Parser.Parse("subscription { __typename }")));

    private static IReadOnlyList<GraphApi.GraphQL.Errors.GraphQLError> Validate(string document) =>
        DocumentValidator.Validate(QueryOnly, Parser.Parse(document), [new OperationTypeExistenceRule()]);
}
