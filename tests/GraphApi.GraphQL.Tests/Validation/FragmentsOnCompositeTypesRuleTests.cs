using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Objects_interfaces_and_unions_are_fine()
    {
        ExpectValid<FragmentsOnCompositeTypesRule>("fragment A on Dog { barks } fragment B on Pet { name } fragment C on CatOrDog { __typename }");
        ExpectValid<FragmentsOnCompositeTypesRule>("{ dog { ... on Dog { barks } ... { name } } } fragment U on Unknown { a }");
    }

    [Fact]
    public void Scalar_and_input_type_conditions_are_reported()
    {
        ExpectErrors<FragmentsOnCompositeTypesRule>(
            "fragment scalarFragment on Boolean { bad }",
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));
        ExpectErrors<FragmentsOnCompositeTypesRule>(
            "fragment inputFragment on ComplexInput { stringField }",
            Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));
        ExpectErrors<FragmentsOnCompositeTypesRule>(
            "fragment F on Cat { ... on String { bad } }",
            Error("Fragment cannot condition on non composite type \"String\".", (1, 28)));
    }
}
