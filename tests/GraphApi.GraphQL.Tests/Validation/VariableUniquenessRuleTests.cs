using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class VariableUniquenessRuleTests
{
    [Fact]
    public void Unique_variables_are_fine() =>
        ExpectValid<VariableUniquenessRule>("query A($x: Int, $y: String) { __typename } query B($x: String, $y: Int) { __typename }");

    [Fact]
    public void Duplicate_variables_are_reported_once_per_name() =>
        ExpectErrors<VariableUniquenessRule>(
            "query A($x: Int, $x: Int, $x: String) { __typename }\nquery B($y: String, $y: Int) { __typename }",
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            Error("There can be only one variable named \"$y\".", (2, 10), (2, 22)));
}
