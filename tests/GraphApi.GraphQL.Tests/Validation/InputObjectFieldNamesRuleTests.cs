using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class InputObjectFieldNamesRuleTests
{
    [Fact]
    public void Defined_fields_are_fine() =>
        ExpectValid<InputObjectFieldNamesRule>("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: []}) } }");

    [Fact]
    public void Undefined_fields_are_reported_with_suggestions()
    {
        ExpectErrors<InputObjectFieldNamesRule>(
            "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, invalidField: \"value\"}) } }",
            Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (1, 71)));
        ExpectErrors<InputObjectFieldNamesRule>(
            "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, unknownField: 1}) } }",
            Error("Field \"unknownField\" is not defined by type \"ComplexInput\".", (1, 71)));
    }

    [Fact]
    public void Fields_in_variable_defaults_are_checked_too() =>
        ExpectErrors<InputObjectFieldNamesRule>(
            "query Q($c: ComplexInput = {requiredField: true, stringFeld: \"x\"}) { dog { name } }",
            Error("Field \"stringFeld\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", (1, 50)));
}
