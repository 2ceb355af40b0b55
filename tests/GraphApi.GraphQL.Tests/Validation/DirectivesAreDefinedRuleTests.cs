using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class DirectivesAreDefinedRuleTests
{
    [Fact]
    public void Known_directives_are_fine() =>
        ExpectValid<DirectivesAreDefinedRule>("{ dog @include(if: true) { name } human @skip(if: false) { name } }");

    [Fact]
    public void Unknown_directives_are_reported() =>
        ExpectErrors<DirectivesAreDefinedRule>(
            "{ dog @unknown(directive: \"value\") { name } human @skip(if: true) { name pets @unknown { name } } }",
            Error("Unknown directive \"@unknown\".", (1, 7)),
            Error("Unknown directive \"@unknown\".", (1, 79)));
}
