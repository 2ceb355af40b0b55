using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class AllVariableUsesDefinedRuleTests
{
    [Fact]
    public void Defined_variables_used_directly_and_in_fragments_are_fine() =>
        ExpectValid<AllVariableUsesDefinedRule>("""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) { ...FragA }
              other(list: [$b], obj: {c: $c}) @include(if: $a)
            }
            fragment FragA on Type { field(a: $a) ...FragB }
            fragment FragB on Type { field(b: $b) ...FragA }
            """);

    [Fact]
    public void Undefined_variables_are_reported_with_the_operation() =>
        ExpectErrors<AllVariableUsesDefinedRule>(
            "query Foo($a: String) {\n  field(a: $a, d: $d) { ...FragA }\n}\nfragment FragA on Type { field(c: $c) }",
            Error("Variable \"$d\" is not defined by operation \"Foo\".", (2, 19), (1, 1)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (4, 35), (1, 1)));

    [Fact]
    public void Anonymous_operations_and_each_operation_separately() =>
        ExpectErrors<AllVariableUsesDefinedRule>(
            "query Foo($a: String) { ...F }\nquery Bar { ...F }\nfragment F on Type { field(a: $a) }",
            Error("Variable \"$a\" is not defined by operation \"Bar\".", (3, 31), (2, 1)));

    [Fact]
    public void Anonymous_operation_message() =>
        ExpectErrors<AllVariableUsesDefinedRule>(
            "{ field(a: $a) }",
            Error("Variable \"$a\" is not defined.", (1, 12), (1, 1)));
}
