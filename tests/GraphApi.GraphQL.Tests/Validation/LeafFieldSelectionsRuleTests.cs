using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class LeafFieldSelectionsRuleTests
{
    [Fact]
    public void Scalars_without_and_objects_with_selections_are_fine() =>
        ExpectValid<LeafFieldSelectionsRule>("{ dog { barks mother { name } } catOrDog { __typename } }");

    [Fact]
    public void Object_without_selection_is_reported()
    {
        ExpectErrors<LeafFieldSelectionsRule>(
            "query directQueryOnObjectWithoutSubFields { human }",
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 45)));
        ExpectErrors<LeafFieldSelectionsRule>(
            "{ human { relatives } }",
            Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (1, 11)));
    }

    [Fact]
    public void Scalar_and_enum_with_selection_are_reported()
    {
        ExpectErrors<LeafFieldSelectionsRule>(
            "fragment F on Dog { barks { sinceWhen } }",
            Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 27)));
        ExpectErrors<LeafFieldSelectionsRule>(
            "fragment F on Cat { furColor { inHexDec } }",
            Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 30)));
    }
}
