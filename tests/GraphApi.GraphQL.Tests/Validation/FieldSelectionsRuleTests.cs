using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class FieldSelectionsRuleTests
{
    [Fact]
    public void Defined_fields_meta_fields_and_aliases_are_fine()
    {
        ExpectValid<FieldSelectionsRule>("fragment F on Dog { name tName: name __typename mother { name } }");
        ExpectValid<FieldSelectionsRule>("fragment F on Pet { name ... on Dog { barks } }");
        ExpectValid<FieldSelectionsRule>("fragment F on CatOrDog { __typename ... on Cat { meows } }");
        ExpectValid<FieldSelectionsRule>("{ __schema { types { name } } __type(name: \"Dog\") { name } }");
    }

    [Fact]
    public void Unknown_field_suggests_similar_names() =>
        ExpectErrors<FieldSelectionsRule>(
            "fragment F on Dog { meowVolume }",
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 21)));

    [Fact]
    public void Unknown_field_without_suggestions() =>
        ExpectErrors<FieldSelectionsRule>(
            "fragment F on Dog { unknown_field { deeper_unknown_field } }",
            Error("Cannot query field \"unknown_field\" on type \"Dog\".", (1, 21)));

    [Fact]
    public void Field_on_abstract_type_suggests_inline_fragments()
    {
        ExpectErrors<FieldSelectionsRule>(
            "fragment F on Pet { meows }",
            Error("Cannot query field \"meows\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\"?", (1, 21)));
        ExpectErrors<FieldSelectionsRule>(
            "fragment F on CatOrDog { name }",
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Being\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 26)));
    }

    [Fact]
    public void Meta_fields_of_the_root_are_not_on_other_types() =>
        ExpectErrors<FieldSelectionsRule>(
            "{ dog { __schema { types { name } } } }",
            Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));

    [Fact]
    public void Nested_unknown_fields_are_each_reported() =>
        ExpectErrors<FieldSelectionsRule>(
            "{ human { pets { unknownA } } dog { unknownB } }",
            Error("Cannot query field \"unknownA\" on type \"Pet\".", (1, 18)),
            Error("Cannot query field \"unknownB\" on type \"Dog\".", (1, 37)));
}
