using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class FragmentSpreadTypeExistenceRuleTests
{
    [Fact]
    public void Known_types_are_fine() =>
        ExpectValid<FragmentSpreadTypeExistenceRule>(
            "query Q($var: String, $required: [Int!]!) { dog { ... on Dog { name } ... { name } } } fragment F on Pet { name }");

    [Fact]
    public void Unknown_type_conditions_and_variable_types_are_reported() =>
        ExpectErrors<FragmentSpreadTypeExistenceRule>(
            "query Q($var: JumbledUpLetters) { dog { ... on Badger { name } } }\nfragment F on Peat { name }",
            Error("Unknown type \"JumbledUpLetters\".", (1, 15)),
            Error("Unknown type \"Badger\".", (1, 48)),
            Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (2, 15)));
}
