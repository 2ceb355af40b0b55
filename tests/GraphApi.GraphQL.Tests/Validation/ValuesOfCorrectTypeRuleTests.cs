using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class ValuesOfCorrectTypeRuleTests
{
    private static string Args(string field) => "{ complicatedArgs { " + field + " } }";

    [Theory]
    [InlineData("intArgField(intArg: 2)")]
    [InlineData("intArgField(intArg: -2147483648)")]
    [InlineData("intArgField(intArg: null)")]
    [InlineData("booleanArgField(booleanArg: true)")]
    [InlineData("stringArgField(stringArg: \"foo\")")]
    [InlineData("stringArgField(stringArg: \"\"\"block\"\"\")")]
    [InlineData("floatArgField(floatArg: 1.1)")]
    [InlineData("floatArgField(floatArg: 1)")]
    [InlineData("idArgField(idArg: 1)")]
    [InlineData("idArgField(idArg: \"someIdString\")")]
    [InlineData("enumArgField(enumArg: NO_FUR)")]
    [InlineData("stringListArgField(stringListArg: [\"one\", null, \"two\"])")]
    [InlineData("stringListArgField(stringListArg: [])")]
    [InlineData("stringListArgField(stringListArg: \"one\")")]
    [InlineData("complexArgField(complexArg: {requiredField: true, intField: 4})")]
    [InlineData("complexArgField(complexArg: {requiredField: false, stringListField: [\"a\"]})")]
    [InlineData("oneOfArgField(oneOfArg: {stringField: \"abc\"})")]
    [InlineData("nonNullIntArgField(nonNullIntArg: 1)")]
    public void Valid_literals_are_fine(string field) => ExpectValid<ValuesOfCorrectTypeRule>(Args(field));

    [Fact]
    public void Variables_are_left_to_the_variable_rules() =>
        ExpectValid<ValuesOfCorrectTypeRule>("query Q($a: Int, $b: String) { complicatedArgs { intArgField(intArg: $a) stringListArgField(stringListArg: [$b]) } }");

    [Fact]
    public void Wrong_scalar_literals_are_reported_with_the_coercion_message()
    {
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("stringArgField(stringArg: 1)"),
            Error("Expected value of type \"String\", found 1; String cannot represent a non string value: 1", (1, 47)));
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("intArgField(intArg: \"3\")"),
            Error("Expected value of type \"Int\", found \"3\"; Int cannot represent non-integer value: \"3\"", (1, 41)));
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("intArgField(intArg: 829384293849283498239482938)"),
            Error("Expected value of type \"Int\", found 829384293849283498239482938; Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (1, 41)));
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("booleanArgField(booleanArg: TRUE)"),
            Error("Expected value of type \"Boolean\", found TRUE; Boolean cannot represent a non boolean value: TRUE", (1, 49)));
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("idArgField(idArg: 1.0)"),
            Error("Expected value of type \"ID\", found 1.0; ID cannot represent a non-string and non-integer value: 1.0", (1, 39)));
    }

    [Fact]
    public void Wrong_enum_literals_are_reported()
    {
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("enumArgField(enumArg: \"NO_FUR\")"),
            Error("Expected value of type \"FurColor\", found \"NO_FUR\"; Enum \"FurColor\" cannot represent non-enum value: \"NO_FUR\".", (1, 43)));
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("enumArgField(enumArg: NOT_A_COLOR)"),
            Error("Expected value of type \"FurColor\", found NOT_A_COLOR; Value \"NOT_A_COLOR\" does not exist in \"FurColor\" enum.", (1, 43)));
    }

    [Fact]
    public void Null_for_non_null_is_reported() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("nonNullIntArgField(nonNullIntArg: null)"),
            Error("Expected value of type \"Int!\", found null.", (1, 55)));

    [Fact]
    public void Lists_check_each_item_and_non_lists_reject_lists()
    {
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("stringListArgField(stringListArg: [\"one\", 2])"),
            Error("Expected value of type \"String\", found 2; String cannot represent a non string value: 2", (1, 63)));
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("stringListNonNullArgField(stringListNonNullArg: [\"one\", null])"),
            Error("Expected value of type \"String!\", found null.", (1, 77)));
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("intArgField(intArg: [1, 2])"),
            Error("Expected value of type \"Int\", found [1, 2]; Int cannot represent non-integer value: [1, 2]", (1, 41)));
    }

    [Fact]
    public void Objects_are_rejected_where_leaves_are_expected() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("intArgField(intArg: {a: 1})"),
            Error("Expected value of type \"Int\", found {a: 1}; Int cannot represent non-integer value: {a: 1}", (1, 41)));

    [Fact]
    public void Leaves_are_rejected_where_input_objects_are_expected() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("complexArgField(complexArg: \"x\")"),
            Error("Expected value of type \"ComplexInput\", found \"x\".", (1, 49)));

    [Fact]
    public void Default_values_of_variables_are_checked() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            "query Q($a: Int = \"one\", $b: String = 4, $c: ComplexInput = {requiredField: 3}) { dog { name } }",
            Error("Expected value of type \"Int\", found \"one\"; Int cannot represent non-integer value: \"one\"", (1, 19)),
            Error("Expected value of type \"String\", found 4; String cannot represent a non string value: 4", (1, 39)),
            Error("Expected value of type \"Boolean!\", found 3; Boolean cannot represent a non boolean value: 3", (1, 77)));

    [Fact]
    public void OneOf_input_objects_need_exactly_one_non_null_field()
    {
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("oneOfArgField(oneOfArg: {stringField: \"abc\", intField: 123})"),
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 45)));
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("oneOfArgField(oneOfArg: {})"),
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 45)));
        ExpectErrors<ValuesOfCorrectTypeRule>(
            Args("oneOfArgField(oneOfArg: {stringField: null})"),
            Error("Field \"OneOfInput.stringField\" must be non-null.", (1, 45)));
    }

    [Fact]
    public void OneOf_variables_are_left_to_the_variable_usage_rule() =>
        ExpectValid<ValuesOfCorrectTypeRule>("query Q($s: String) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }");
}
