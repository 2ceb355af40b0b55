using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class FragmentNameUniquenessRuleTests
{
    [Fact]
    public void Distinct_fragment_names_are_fine() =>
        ExpectValid<FragmentNameUniquenessRule>("{ ...A ...B } fragment A on QueryRoot { dog { name } } fragment B on QueryRoot { cat { name } }");

    [Fact]
    public void Duplicate_fragment_names_are_reported() =>
        ExpectErrors<FragmentNameUniquenessRule>(
            "{ ...A }\nfragment A on QueryRoot { dog { name } }\nfragment A on QueryRoot { cat { name } }",
            Error("There can be only one fragment named \"A\".", (2, 10), (3, 10)));
}
