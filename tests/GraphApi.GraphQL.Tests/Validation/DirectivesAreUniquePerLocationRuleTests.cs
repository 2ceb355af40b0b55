using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class DirectivesAreUniquePerLocationRuleTests
{
    [Fact]
    public void Distinct_repeatable_and_unknown_directives_are_fine()
    {
        ExpectValid<DirectivesAreUniquePerLocationRule>("{ field @onField @include(if: true) }");
        ExpectValid<DirectivesAreUniquePerLocationRule>("{ field @repeatable @repeatable @unknown @unknown }");
        ExpectValid<DirectivesAreUniquePerLocationRule>("{ field @onField { nested @onField } }");
        ExpectValid<DirectivesAreUniquePerLocationRule>("fragment F on Type @onFragmentDefinition { field @onField }");
    }

    [Fact]
    public void Duplicates_at_one_location_are_reported()
    {
        ExpectErrors<DirectivesAreUniquePerLocationRule>(
            "{ field @onField @onField @onField }",
            Error("The directive \"@onField\" can only be used once at this location.", (1, 9), (1, 18)),
            Error("The directive \"@onField\" can only be used once at this location.", (1, 9), (1, 27)));
        ExpectErrors<DirectivesAreUniquePerLocationRule>(
            "query Q($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery { ...F @skip(if: true) @skip(if: false) }",
            Error("The directive \"@onVariableDefinition\" can only be used once at this location.", (1, 17), (1, 39)),
            Error("The directive \"@onQuery\" can only be used once at this location.", (1, 62), (1, 71)),
            Error("The directive \"@skip\" can only be used once at this location.", (1, 87), (1, 103)));
    }
}
