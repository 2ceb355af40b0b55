using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class ArgumentUniquenessRuleTests
{
    [Fact]
    public void Distinct_arguments_are_fine()
    {
        ExpectValid<ArgumentUniquenessRule>("{ field(arg1: \"value\", arg2: \"value\") @directive(arg: 1) }");
        ExpectValid<ArgumentUniquenessRule>("{ a: field(arg: 1) b: field(arg: 2) @directive(arg: 1) @directive(arg: 2) }");
    }

    [Fact]
    public void Duplicate_field_arguments_are_reported() =>
        ExpectErrors<ArgumentUniquenessRule>(
            "{ field(arg1: \"value\", arg1: \"value\", arg1: \"value\") }",
            Error("There can be only one argument named \"arg1\".", (1, 9), (1, 24), (1, 39)));

    [Fact]
    public void Duplicate_directive_arguments_are_reported() =>
        ExpectErrors<ArgumentUniquenessRule>(
            "{ field @directive(arg1: \"value\", arg1: \"value\") }",
            Error("There can be only one argument named \"arg1\".", (1, 20), (1, 35)));
}
