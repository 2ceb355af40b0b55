using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class FragmentsMustBeUsedRuleTests
{
    [Fact]
    public void Fragments_used_directly_and_transitively_are_fine() =>
        ExpectValid<FragmentsMustBeUsedRule>("""
            { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """);

    [Fact]
    public void Unused_fragments_are_reported_even_when_they_use_each_other() =>
        ExpectErrors<FragmentsMustBeUsedRule>(
            """
            query Foo { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name }
            fragment Unused1 on Human { ...Unused2 }
            fragment Unused2 on Human { ...Unused1 }
            """,
            Error("Fragment \"Unused1\" is never used.", (3, 1)),
            Error("Fragment \"Unused2\" is never used.", (4, 1)));
}
