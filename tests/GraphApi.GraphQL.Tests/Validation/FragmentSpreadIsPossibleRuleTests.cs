using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class FragmentSpreadIsPossibleRuleTests
{
    [Fact]
    public void Overlapping_types_are_fine()
    {
        ExpectValid<FragmentSpreadIsPossibleRule>("fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }");
        ExpectValid<FragmentSpreadIsPossibleRule>("fragment objectWithinInterface on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume }");
        ExpectValid<FragmentSpreadIsPossibleRule>("fragment objectWithinUnion on CatOrDog { ... on Dog { barkVolume } }");
        ExpectValid<FragmentSpreadIsPossibleRule>("fragment unionWithinInterface on Pet { ... on CatOrDog { __typename } }");
        ExpectValid<FragmentSpreadIsPossibleRule>("fragment interfaceWithinInterface on Pet { ... on Being { name } }");
        ExpectValid<FragmentSpreadIsPossibleRule>("fragment interfaceWithinInterface on Mammal { ... on Canine { name } }");
        ExpectValid<FragmentSpreadIsPossibleRule>("fragment ignoresUnknown on Dog { ...Unknown ... on Unknown { a } }");
    }

    [Fact]
    public void Disjoint_inline_fragment_is_reported() =>
        ExpectErrors<FragmentSpreadIsPossibleRule>(
            "fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }",
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 49)));

    [Fact]
    public void Disjoint_named_fragments_are_reported()
    {
        ExpectErrors<FragmentSpreadIsPossibleRule>(
            "fragment invalidObjectWithinObject on Cat { ...dogFragment }\nfragment dogFragment on Dog { barkVolume }",
            Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));
        ExpectErrors<FragmentSpreadIsPossibleRule>(
            "fragment invalidUnionWithinObject on Human { ...catOrDogFragment }\nfragment catOrDogFragment on CatOrDog { __typename }",
            Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (1, 46)));
        ExpectErrors<FragmentSpreadIsPossibleRule>(
            "fragment invalidInterfaceWithinInterface on Pet { ...intelligentFragment }\nfragment intelligentFragment on Intelligent { iq }",
            Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (1, 51)));
        ExpectErrors<FragmentSpreadIsPossibleRule>(
            "fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }\nfragment humanOrAlienFragment on HumanOrAlien { __typename }",
            Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));
    }
}
