using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class RequiredArgumentsRuleTests
{
    [Fact]
    public void Provided_defaulted_and_optional_arguments_are_fine()
    {
        ExpectValid<RequiredArgumentsRule>("{ complicatedArgs { multipleReqs(req1: 1, req2: 2) multipleOpts nonNullFieldWithDefault } }");
        ExpectValid<RequiredArgumentsRule>("{ complicatedArgs { multipleOptAndReq(req2: 2, req1: 1, opt2: 3) } }");
        ExpectValid<RequiredArgumentsRule>("{ dog { isHouseTrained unknownField(x: 1) } }");
    }

    [Fact]
    public void Missing_required_field_arguments_are_reported()
    {
        ExpectErrors<RequiredArgumentsRule>(
            "{ complicatedArgs { multipleReqs(req2: 2) } }",
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)));
        ExpectErrors<RequiredArgumentsRule>(
            "{ complicatedArgs { multipleReqs } }",
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)));
    }

    [Fact]
    public void Missing_required_directive_arguments_are_reported() =>
        ExpectErrors<RequiredArgumentsRule>(
            "{ dog @include { name @skip } }",
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
            Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 23)));
}
