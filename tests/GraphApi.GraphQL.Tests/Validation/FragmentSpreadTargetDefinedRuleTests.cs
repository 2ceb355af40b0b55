using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class FragmentSpreadTargetDefinedRuleTests
{
    [Fact]
    public void Defined_fragments_are_fine() =>
        ExpectValid<FragmentSpreadTargetDefinedRule>("{ human(id: 4) { ...HumanFields } } fragment HumanFields on Human { name ...More } fragment More on Human { iq }");

    [Fact]
    public void Unknown_fragments_are_reported_at_their_names() =>
        ExpectErrors<FragmentSpreadTargetDefinedRule>(
            "{ human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } }",
            Error("Unknown fragment \"UnknownFragment1\".", (1, 21)),
            Error("Unknown fragment \"UnknownFragment2\".", (1, 56)));
}
