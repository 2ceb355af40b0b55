using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void One_anonymous_operation_with_fragments_is_fine() =>
        ExpectValid<LoneAnonymousOperationRule>("{ ...Fields } fragment Fields on QueryRoot { dog { name } }");

    [Fact]
    public void Named_operations_are_fine() =>
        ExpectValid<LoneAnonymousOperationRule>("query A { dog { name } } query B { dog { name } }");

    [Fact]
    public void Anonymous_operation_beside_another_is_reported()
    {
        ExpectErrors<LoneAnonymousOperationRule>(
            "{ a }\n{ b }",
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("This anonymous operation must be the only defined operation.", (2, 1)));
        ExpectErrors<LoneAnonymousOperationRule>(
            "{ a }\nmutation Foo { b }",
            Error("This anonymous operation must be the only defined operation.", (1, 1)));
    }
}
