using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class InputObjectFieldUniquenessRuleTests
{
    [Fact]
    public void Distinct_and_nested_same_names_are_fine()
    {
        ExpectValid<InputObjectFieldUniquenessRule>("{ field(arg: {f1: \"value\", f2: \"value\", f3: \"value\"}) }");
        ExpectValid<InputObjectFieldUniquenessRule>("{ field(arg: {f1: {f2: \"value\"}, f2: {f1: \"value\"}}) }");
        ExpectValid<InputObjectFieldUniquenessRule>("{ field(arg: [{f1: 1}, {f1: 2}]) }");
    }

    [Fact]
    public void Duplicate_fields_are_reported() =>
        ExpectErrors<InputObjectFieldUniquenessRule>(
            "{ field(arg: {f1: \"value\", f1: \"value\", f1: \"value\"}) }",
            Error("There can be only one input field named \"f1\".", (1, 15), (1, 28)),
            Error("There can be only one input field named \"f1\".", (1, 15), (1, 41)));

    [Fact]
    public void Duplicates_in_nested_objects_are_reported() =>
        ExpectErrors<InputObjectFieldUniquenessRule>(
            "{ field(arg: {f1: {f2: \"value\", f2: \"value\"}}) }",
            Error("There can be only one input field named \"f2\".", (1, 20), (1, 33)));
}
