using System.Text;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class FieldSelectionMergingRuleTests
{
    private const string Advice = " Use different aliases on the fields to fetch both if this was intentional.";

    [Theory]
    [InlineData("fragment uniqueFields on Dog { name nickname }")]
    [InlineData("fragment mergeIdenticalFields on Dog { name name }")]
    [InlineData("fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment differentArgsWithDifferentAliases on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }")]
    [InlineData("fragment differentDirectivesWithDifferentAliases on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) }")]
    [InlineData("fragment sameArgsInOtherOrder on Dog { isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) }")]
    [InlineData("fragment safeDifferingFields on Pet { ... on Dog { name: barkVolume } ... on Cat { name: meowsVolume } }")]
    [InlineData("fragment safeDifferingArgs on Pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } ... on Cat { doesKnowCommand: meows } }")]
    [InlineData("{ dog { ...A ...A } } fragment A on Dog { name }")]
    [InlineData("{ field: dog { name } field: dog { name } }")]
    public void Mergeable_fields_are_fine(string document) => ExpectValid<FieldSelectionMergingRule>(document);

    [Fact]
    public void A_conflict_inside_an_inline_fragment_is_reported_once() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dog { ... on Dog { fido: name fido: nickname } } }",
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 22), (1, 33)));

    [Fact]
    public void Same_alias_for_different_fields_is_reported() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname }",
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields." + Advice, (1, 56), (1, 67)));

    [Fact]
    public void Alias_masking_a_field_is_reported() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "fragment aliasMaskingDirectFieldAccess on Dog { name: nickname name }",
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + Advice, (1, 49), (1, 64)));

    [Fact]
    public void Differing_arguments_are_reported()
    {
        ExpectErrors<FieldSelectionMergingRule>(
            "fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }",
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments." + Advice, (1, 35), (1, 68)));
        ExpectErrors<FieldSelectionMergingRule>(
            "fragment conflictingArgs on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }",
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments." + Advice, (1, 35), (1, 51)));
    }

    [Fact]
    public void Different_shapes_on_exclusive_types_are_reported()
    {
        ExpectErrors<FieldSelectionMergingRule>(
            "{ catOrDog { ... on Cat { x: meowsVolume } ... on Dog { x: barks } } }",
            Error("Fields \"x\" conflict because they return conflicting types \"Int\" and \"Boolean\"." + Advice, (1, 27), (1, 57)));
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dogOrHuman { ... on Human { x: relatives { name } } ... on Dog { x: mother { name } } } }",
            Error("Fields \"x\" conflict because they return conflicting types \"[Human]!\" and \"Dog\"." + Advice, (1, 31), (1, 68)));
    }

    [Fact]
    public void Conflicts_in_sub_selections_name_the_path() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ field: dog { x: name y: barks } field: dog { x: nickname y: barks } }",
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields." + Advice,
                (1, 3), (1, 16), (1, 35), (1, 48)));

    [Fact]
    public void Several_sub_conflicts_are_joined() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ field: dog { x: name y: barks } field: dog { x: nickname y: barkVolume } }",
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and "
                + "subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields." + Advice,
                (1, 3), (1, 16), (1, 24), (1, 35), (1, 48), (1, 60)));

    [Fact]
    public void Conflicts_through_fragments_are_reported() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dog { ...A ...B } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: nickname }",
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + Advice, (2, 21), (3, 21)));

    [Fact]
    public void Conflicts_between_a_field_and_a_fragment_are_reported() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dog { x: barks ...A } }\nfragment A on Dog { x: name }",
            Error("Fields \"x\" conflict because \"barks\" and \"name\" are different fields." + Advice, (1, 9), (2, 21)));

    [Fact]
    public void Cyclic_fragments_do_not_loop() =>
        ExpectValid<FieldSelectionMergingRule>("{ dog { ...A } } fragment A on Dog { name ...B } fragment B on Dog { name ...A }");

    [Fact]
    public void Twenty_thousand_aliases_of_one_field_validate_in_linear_work()
    {
        var text = new StringBuilder("{ dog { ");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("a").Append(i).Append(": name ");
        }

        AssertLinearAndValid(text.Append("} }").ToString(), 20_000);
    }

    [Fact]
    public void Twenty_thousand_copies_of_one_aliased_field_validate_in_linear_work()
    {
        var text = new StringBuilder("{ dog { ");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("x: doesKnowCommand(dogCommand: SIT) y: mother { name } ");
        }

        AssertLinearAndValid(text.Append("} }").ToString(), 20_000);
    }

    [Fact]
    public void Thousands_of_conflicting_fields_stop_at_the_error_limit()
    {
        var text = new StringBuilder("{ dog { ");
        for (var i = 0; i < 5_000; i++)
        {
            text.Append("x: isAtLocation(x: ").Append(i).Append(") ");
        }

        var (errors, comparisons) = ValidateCountingComparisons(text.Append("} }").ToString());
        Assert.True(comparisons < 1_000, $"{comparisons} field-pair comparisons: the error limit should have stopped the search");
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void A_two_thousand_fragment_chain_validates_in_linear_work()
    {
        var text = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append($"fragment F{i} on Dog {{ name ...F{i + 1} }}\n");
        }

AssertLinearAndValid(text.Append("fragment F2000 on Dog { name }").ToString(), 2_000);
    }

    [Fact]
    public void Two_thousand_sibling_fragments_validate_in_linear_work()
    {
        var text = new StringBuilder("{ dog { ");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append($"...W{i} ");
        }

        text.Append("} }\n");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append($"fragment W{i} on Dog {{ f{i}: name }}\n");
        }

        AssertLinearAndValid(text.ToString(), 2_000);
    }

    [Fact]
    public void Two_thousand_look_alike_sibling_fragments_validate_in_linear_work()
    {
        var text = new StringBuilder("{ dog { ");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append($"...W{i} ");
        }

        text.Append("} }\n");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append($"fragment W{i} on Dog {{ name barks }}\n");
        }

        AssertLinearAndValid(text.ToString(), 2_000);
    }

    [Fact]
    public void Look_alike_fragments_still_conflict_with_others() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dog { ...A ...B ...C } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: name }\nfragment C on Dog { x: barks }",
            Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields." + Advice, (2, 21), (4, 21)));

    [Fact]
    public void Conflicts_between_sibling_fragments_are_still_found() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dog { ...A ...B ...C } }\nfragment A on Dog { a: name }\nfragment B on Dog { b: name }\nfragment C on Dog { a: barks }",
            Error("Fields \"a\" conflict because \"name\" and \"barks\" are different fields." + Advice, (2, 21), (4, 21)));

    /// <summary>
    /// Validates <paramref name="text"/> with every rule and holds the merging rule to a number of field-pair comparisons
    /// linear in <paramref name="size"/>: a count, not a clock, so the bound means the same on any machine.
    /// </summary>
    private static void AssertLinearAndValid(string text, int size)
    {
        var (errors, comparisons) = ValidateCountingComparisons(text);
        Assert.Empty(errors);
        Assert.True(comparisons <= 4L * size, $"{comparisons} field-pair comparisons for {size} repeated selections");
    }

    private static (IReadOnlyList<GraphQLError> Errors, long Comparisons) ValidateCountingComparisons(string text)
    {
        var document = Parser.Parse(text, new ParserOptions { MaxTokens = int.MaxValue });
        var rules = SpecifiedRules.Create();
        var errors = DocumentValidator.Validate(Schema, document, rules);
        return (errors, rules.OfType<FieldSelectionMergingRule>().Single().FieldPairComparisons);
    }
}
