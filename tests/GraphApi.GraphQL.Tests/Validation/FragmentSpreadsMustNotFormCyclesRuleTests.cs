using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class FragmentSpreadsMustNotFormCyclesRuleTests
{
    [Fact]
    public void Repeated_and_nested_spreads_without_cycles_are_fine()
    {
        ExpectValid<FragmentSpreadsMustNotFormCyclesRule>("fragment A on Dog { ...B ...B } fragment B on Dog { name }");
        ExpectValid<FragmentSpreadsMustNotFormCyclesRule>("fragment A on Dog { ...B ...C } fragment B on Dog { ...C } fragment C on Dog { name }");
        ExpectValid<FragmentSpreadsMustNotFormCyclesRule>("fragment A on Dog { ...Unknown }");
    }

    [Fact]
    public void Spreading_a_fragment_within_itself_is_reported()
    {
        ExpectErrors<FragmentSpreadsMustNotFormCyclesRule>(
            "fragment A on Dog { ...A }",
            Error("Cannot spread fragment \"A\" within itself.", (1, 21)));
        ExpectErrors<FragmentSpreadsMustNotFormCyclesRule>(
            "fragment A on Pet { ... on Dog { ...A } }",
            Error("Cannot spread fragment \"A\" within itself.", (1, 34)));
    }

    [Fact]
    public void Longer_cycles_name_the_path() =>
        ExpectErrors<FragmentSpreadsMustNotFormCyclesRule>(
            "fragment A on Dog { ...B }\nfragment B on Dog { ...C }\nfragment C on Dog { ...A }",
            Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 21)));

    [Fact]
    public void Each_cycle_is_reported_once() =>
        ExpectErrors<FragmentSpreadsMustNotFormCyclesRule>(
            "fragment A on Dog { ...B ...C }\nfragment B on Dog { ...A }\nfragment C on Dog { ...A }",
            Error("Cannot spread fragment \"A\" within itself via \"B\".", (1, 21), (2, 21)),
            Error("Cannot spread fragment \"A\" within itself via \"C\".", (1, 26), (3, 21)));
}
