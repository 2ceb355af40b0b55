using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class AllVariablesUsedRuleTests
{
    [Fact]
    public void Variables_used_anywhere_are_fine() =>
        ExpectValid<AllVariablesUsedRule>("""
            query Foo($a: String, $b: String, $c: Boolean) {
              field(a: $a) @skip(if: $c) { ...FragA }
            }
            fragment FragA on Type { ...FragB }
            fragment FragB on Type { field(list: [{b: $b}]) }
            """);

    [Fact]
    public void Unused_variables_are_reported() =>
        ExpectErrors<AllVariablesUsedRule>(
            "query Foo($a: String, $b: String, $c: String) { field(a: $a) ...F }\nfragment F on Type { field(c: $c) }\nfragment Unused on Type { field(b: $b) }",
            Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 23)));

    [Fact]
    public void Anonymous_operation_message() =>
        ExpectErrors<AllVariablesUsedRule>(
            "query ($a: String) { field }",
            Error("Variable \"$a\" is never used.", (1, 8)));
}
