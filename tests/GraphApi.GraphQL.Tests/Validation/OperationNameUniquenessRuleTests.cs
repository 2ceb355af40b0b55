using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class OperationNameUniquenessRuleTests
{
    [Fact]
    public void Anonymous_and_distinct_names_are_fine()
    {
        ExpectValid<OperationNameUniquenessRule>("{ dog { name } }");
        ExpectValid<OperationNameUniquenessRule>("query Foo { dog { name } } query Bar { dog { name } }");
    }

    [Fact]
    public void Fragments_and_operations_may_share_a_name() =>
        ExpectValid<OperationNameUniquenessRule>("query Foo { ...Foo } fragment Foo on QueryRoot { dog { name } }");

    [Fact]
    public void Repeated_operation_names_are_reported_at_both() =>
        ExpectErrors<OperationNameUniquenessRule>(
            "query Foo { a }\nmutation Foo { b }\nsubscription Foo { c }",
            Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)),
            Error("There can be only one operation named \"Foo\".", (1, 7), (3, 14)));
}
