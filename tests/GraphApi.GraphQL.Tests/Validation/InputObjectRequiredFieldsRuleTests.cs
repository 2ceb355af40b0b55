using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class InputObjectRequiredFieldsRuleTests
{
    [Fact]
    public void Required_fields_given_and_defaulted_fields_omitted_are_fine() =>
        ExpectValid<InputObjectRequiredFieldsRule>("{ complicatedArgs { complexArgField(complexArg: {requiredField: true}) } }");

    [Fact]
    public void Missing_required_fields_are_reported() =>
        ExpectErrors<InputObjectRequiredFieldsRule>(
            "{ complicatedArgs { complexArgField(complexArg: {intField: 4}) } }",
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)));

    [Fact]
    public void Missing_fields_in_variable_defaults_are_reported() =>
        ExpectErrors<InputObjectRequiredFieldsRule>(
            "query Q($c: ComplexInput = {}) { dog { name } }",
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 28)));
}
