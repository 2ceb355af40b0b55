using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class DirectivesAreInValidLocationsRuleTests
{
    [Fact]
    public void Directives_in_their_locations_are_fine() =>
        ExpectValid<DirectivesAreInValidLocationsRule>("""
            query Foo($var: Boolean @onVariableDefinition) @onQuery {
              name @include(if: $var)
              ...Frag @onFragmentSpread
              ... @onInlineFragment { name }
            }
            mutation Bar @onMutation { someField }
            subscription Baz @onSubscription { someField }
            fragment Frag on SomeType @onFragmentDefinition { someField @onField }
            """);

    [Fact]
    public void Directives_out_of_place_are_reported() =>
        ExpectErrors<DirectivesAreInValidLocationsRule>(
            """
            query Foo($var: Boolean @onQuery) @onMutation {
              name @onQuery @include(if: $var)
              ...Frag @onQuery
              ... @onFragmentSpread { name }
            }
            subscription Baz @onQuery { someField }
            fragment Frag on SomeType @onField { someField @onInlineFragment }
            """,
            Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 25)),
            Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 35)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
            Error("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (4, 7)),
            Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (6, 18)),
            Error("Directive \"@onField\" may not be used on FRAGMENT_DEFINITION.", (7, 27)),
            Error("Directive \"@onInlineFragment\" may not be used on FIELD.", (7, 48)));
}
