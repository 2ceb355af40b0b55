using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class ArgumentNamesRuleTests
{
    [Fact]
    public void Known_arguments_are_fine()
    {
        ExpectValid<ArgumentNamesRule>("fragment F on Dog { doesKnowCommand(dogCommand: SIT) isAtLocation(y: 1, x: 2) }");
        ExpectValid<ArgumentNamesRule>("{ dog @skip(if: true) { name @include(if: false) } }");
    }

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_left_to_other_rules() =>
        ExpectValid<ArgumentNamesRule>("{ dog { unknown(whatever: 1) name @unknown(whatever: 1) } }");

    [Fact]
    public void Unknown_field_argument_is_reported_with_suggestions()
    {
        ExpectErrors<ArgumentNamesRule>(
            "fragment F on Dog { doesKnowCommand(dogcommand: true) }",
            Error("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 37)));
        ExpectErrors<ArgumentNamesRule>(
            "fragment F on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }",
            Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (1, 37)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 67)));
    }

    [Fact]
    public void Unknown_directive_argument_is_reported()
    {
        ExpectErrors<ArgumentNamesRule>(
            "{ dog @skip(unless: true) { name } }",
            Error("Unknown argument \"unless\" on directive \"@skip\".", (1, 13)));
        ExpectErrors<ArgumentNamesRule>(
            "{ dog @skip(iff: true) { name } }",
            Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)));
    }

    [Fact]
    public void Field_arguments_are_not_directive_arguments() =>
        ExpectErrors<ArgumentNamesRule>(
            "{ dog { isAtLocation(x: 1) @include(x: 1, if: true) } }",
            Error("Unknown argument \"x\" on directive \"@include\".", (1, 37)));
}
