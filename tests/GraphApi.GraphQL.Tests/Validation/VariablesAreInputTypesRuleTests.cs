using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Input_types_are_fine() =>
        ExpectValid<VariablesAreInputTypesRule>(
            "query Foo($a: Unknown, $b: [[String!]!], $c: ComplexInput, $d: FurColor!) { field(a: $a, b: $b, c: $c, d: $d) }");

    [Fact]
    public void Output_types_are_reported() =>
        ExpectErrors<VariablesAreInputTypesRule>(
            "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }",
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
