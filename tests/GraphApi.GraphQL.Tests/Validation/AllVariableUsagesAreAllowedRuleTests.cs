using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class AllVariableUsagesAreAllowedRuleTests
{
    [Theory]
    [InlineData("query Q($b: Boolean) { complicatedArgs { booleanArgField(booleanArg: $b) } }")]
    [InlineData("query Q($b: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $b) } }")]
    [InlineData("query Q($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }")]
    [InlineData("query Q($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }")]
    [InlineData("query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }")]
    [InlineData("query Q($s: [String!]) { complicatedArgs { stringListArgField(stringListArg: $s) } }")]
    [InlineData("query Q($b: Boolean!) { complicatedArgs { complexArgField(complexArg: {requiredField: $b}) } }")]
    [InlineData("query Q($b: Boolean) { complicatedArgs { complexArgField(complexArg: {requiredField: true, nonNullField: $b}) } }")]
    [InlineData("query Q($b: Boolean!) { dog @include(if: $b) { name } }")]
    [InlineData("query Q($unknown: Whatever) { dog { name(surname: $unknown) } }")]
    public void Compatible_usages_are_fine(string document) => ExpectValid<AllVariableUsagesAreAllowedRule>(document);

    [Fact]
    public void Nullable_variable_in_non_null_position_is_reported() =>
        ExpectErrors<AllVariableUsagesAreAllowedRule>(
            "query Q($i: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }",
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 72)));

    [Fact]
    public void A_null_default_does_not_make_a_variable_non_null() =>
        ExpectErrors<AllVariableUsagesAreAllowedRule>(
            "query Q($i: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }",
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 79)));

    [Fact]
    public void Wrong_types_lists_and_directives_are_reported()
    {
        ExpectErrors<AllVariableUsagesAreAllowedRule>(
            "query Q($s: String) { complicatedArgs { booleanArgField(booleanArg: $s) } }",
            Error("Variable \"$s\" of type \"String\" used in position expecting type \"Boolean\".", (1, 9), (1, 69)));
        ExpectErrors<AllVariableUsagesAreAllowedRule>(
            "query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: $s) } }",
            Error("Variable \"$s\" of type \"String\" used in position expecting type \"[String]\".", (1, 9), (1, 75)));
        ExpectErrors<AllVariableUsagesAreAllowedRule>(
            "query Q($s: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $s) } }",
            Error("Variable \"$s\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 9), (1, 91)));
        ExpectErrors<AllVariableUsagesAreAllowedRule>(
            "query Q($b: Boolean) { dog @include(if: $b) { name } }",
            Error("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 41)));
    }

    [Fact]
    public void Usages_inside_fragments_are_checked_per_operation() =>
        ExpectErrors<AllVariableUsagesAreAllowedRule>(
            "query Ok($i: Int!) { complicatedArgs { ...F } }\nquery Bad($i: Int) { complicatedArgs { ...F } }\nfragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }",
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (2, 11), (3, 67)));

    [Fact]
    public void OneOf_fields_take_only_non_null_variables()
    {
        ExpectValid<AllVariableUsagesAreAllowedRule>("query Q($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }");
        ExpectValid<AllVariableUsagesAreAllowedRule>("query Q($o: OneOfInput) { complicatedArgs { oneOfArgField(oneOfArg: $o) } }");
        ExpectErrors<AllVariableUsagesAreAllowedRule>(
            "query Q($s: String) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }",
            Error("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (1, 79)));
        ExpectErrors<AllVariableUsagesAreAllowedRule>(
            "query Q($s: String = \"default\") { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }",
            Error("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (1, 91)));
    }
}
