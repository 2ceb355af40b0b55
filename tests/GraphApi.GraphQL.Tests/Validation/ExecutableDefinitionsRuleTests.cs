using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Operations_and_fragments_are_executable() =>
        ExpectValid<ExecutableDefinitionsRule>("query Foo { dog { name } } fragment Frag on Dog { name }");

    [Fact]
    public void Type_definitions_are_not_executable() =>
        ExpectErrors<ExecutableDefinitionsRule>(
            "query Foo { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            Error("The \"Cow\" definition is not executable.", (2, 1)),
            Error("The \"Dog\" definition is not executable.", (3, 1)));

    [Fact]
    public void Schema_definitions_are_not_executable() =>
        ExpectErrors<ExecutableDefinitionsRule>(
            "schema { query: Query }\ndirective @d on FIELD\nextend schema @d",
            Error("The \"schema\" definition is not executable.", (1, 1)),
            Error("The \"d\" definition is not executable.", (2, 1)),
            Error("The \"schema\" definition is not executable.", (3, 1)));
}
