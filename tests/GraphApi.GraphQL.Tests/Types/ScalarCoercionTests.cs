using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Types;

/// <summary>Result and input coercion tables for the specified scalars (GraphQL spec §3.5.1-§3.5.5).</summary>
public class ScalarCoercionTests
{
    public static TheoryData<object, object> IntSerializes => new()
    {
        { 1, 1 },
        { -1, -1 },
        { int.MaxValue, int.MaxValue },
        { int.MinValue, int.MinValue },
        { 1L, 1 },
        { 1.0, 1 },
        { true, 1 },
        { false, 0 },
        { "123", 123 },
        { 1e5, 100000 },
    };

    [Theory]
    [MemberData(nameof(IntSerializes))]
    public void Int_serializes(object input, object expected) => Assert.Equal(expected, ScalarType.Int.Serialize(input));

    [Theory]
    [InlineData(0.1, "Int cannot represent non-integer value: 0.1")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    [InlineData(double.PositiveInfinity, "Int cannot represent non-integer value: Infinity")]
    public void Int_rejects_on_serialize(object input, string message) =>
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => ScalarType.Int.Serialize(input)).Message);

    [Theory]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    [InlineData("1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(3000000000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    public void Int_input_accepts_only_32_bit_integers(object input, string message) =>
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => ScalarType.Int.ParseValue(input)).Message);

    [Fact]
    public void Int_input_accepts_integral_numbers()
    {
        Assert.Equal(5, ScalarType.Int.ParseValue(5L));
        Assert.Equal(5, ScalarType.Int.ParseValue(5.0));
    }

    [Theory]
    [InlineData("123", 123)]
    [InlineData("-2147483648", int.MinValue)]
    public void Int_literal(string source, int expected) =>
        Assert.Equal(expected, ScalarType.Int.ParseLiteral(Parser.ParseConstValue(source)));

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    public void Int_literal_rejects(string source, string message) =>
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => ScalarType.Int.ParseLiteral(Parser.ParseConstValue(source))).Message);

    [Fact]
    public void Float_coercion()
    {
        Assert.Equal(1.5, ScalarType.Float.Serialize(1.5));
        Assert.Equal(1.0, ScalarType.Float.Serialize(1));
        Assert.Equal(1.0, ScalarType.Float.Serialize(true));
        Assert.Equal(-1.5, ScalarType.Float.Serialize("-1.5"));
        Assert.Equal(2.0, ScalarType.Float.ParseValue(2));
        Assert.Equal(1.0, ScalarType.Float.ParseLiteral(Parser.ParseConstValue("1")));
        Assert.Equal(0.5, ScalarType.Float.ParseLiteral(Parser.ParseConstValue("5e-1")));
        Assert.Equal("Float cannot represent non numeric value: NaN", Assert.Throws<ValueCoercionException>(() => ScalarType.Float.Serialize(double.NaN)).Message);
        Assert.Equal("Float cannot represent non numeric value: \"1\"", Assert.Throws<ValueCoercionException>(() => ScalarType.Float.ParseValue("1")).Message);
        Assert.Equal("Float cannot represent non numeric value: true", Assert.Throws<ValueCoercionException>(() => ScalarType.Float.ParseValue(true)).Message);
        Assert.Throws<ValueCoercionException>(() => ScalarType.Float.ParseLiteral(Parser.ParseConstValue("\"1.5\"")));
    }

    [Fact]
    public void String_coercion()
    {
        Assert.Equal("abc", ScalarType.String.Serialize("abc"));
        Assert.Equal("1", ScalarType.String.Serialize(1));
        Assert.Equal("1.5", ScalarType.String.Serialize(1.5));
        Assert.Equal("true", ScalarType.String.Serialize(true));
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<ValueCoercionException>(() => ScalarType.String.ParseValue(1)).Message);
        Assert.Equal("String cannot represent value: { a: 1 }", Assert.Throws<ValueCoercionException>(() => ScalarType.String.Serialize(new Dictionary<string, object?> { ["a"] = 1 })).Message);
        Assert.Equal("String cannot represent a non string value: ENUM", Assert.Throws<ValueCoercionException>(() => ScalarType.String.ParseLiteral(Parser.ParseConstValue("ENUM"))).Message);
    }

    [Fact]
    public void Boolean_coercion()
    {
        Assert.Equal(true, ScalarType.Boolean.Serialize(true));
        Assert.Equal(true, ScalarType.Boolean.Serialize(1));
        Assert.Equal(false, ScalarType.Boolean.Serialize(0));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", Assert.Throws<ValueCoercionException>(() => ScalarType.Boolean.Serialize("true")).Message);
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Assert.Throws<ValueCoercionException>(() => ScalarType.Boolean.ParseValue(1)).Message);
        Assert.Equal(false, ScalarType.Boolean.ParseLiteral(Parser.ParseConstValue("false")));
    }

    [Fact]
    public void ID_accepts_strings_and_integers()
    {
        Assert.Equal("abc", ScalarType.ID.Serialize("abc"));
        Assert.Equal("123", ScalarType.ID.Serialize(123));
        Assert.Equal("123", ScalarType.ID.Serialize(123L));
        Assert.Equal("42", ScalarType.ID.ParseValue(42));
        Assert.Equal("x", ScalarType.ID.ParseValue("x"));
        Assert.Equal("7", ScalarType.ID.ParseLiteral(Parser.ParseConstValue("7")));
        Assert.Equal("7", ScalarType.ID.ParseLiteral(Parser.ParseConstValue("\"7\"")));
        Assert.Equal("ID cannot represent value: 1.5", Assert.Throws<ValueCoercionException>(() => ScalarType.ID.Serialize(1.5)).Message);
        Assert.Equal("ID cannot represent value: true", Assert.Throws<ValueCoercionException>(() => ScalarType.ID.ParseValue(true)).Message);
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", Assert.Throws<ValueCoercionException>(() => ScalarType.ID.ParseLiteral(Parser.ParseConstValue("1.5"))).Message);
    }

    [Fact]
    public void Custom_scalar_uses_parse_value_for_literals_by_default()
    {
        var date = new ScalarType(
            "Date",
            serialize: v => ((DateOnly)v).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            parseValue: v => v is string s ? DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : throw new ValueCoercionException("Date must be a string."),
            specifiedByUrl: "https://tools.ietf.org/html/rfc3339");
        Assert.Equal(new DateOnly(2024, 2, 29), date.ParseLiteral(Parser.ParseConstValue("\"2024-02-29\"")));
        Assert.Equal("2024-02-29", date.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Equal("Date must be a string.", Assert.Throws<ValueCoercionException>(() => date.ParseLiteral(Parser.ParseConstValue("5"))).Message);
    }

    [Fact]
    public void Enum_coercion()
    {
        var color = new EnumType("Color").Value("RED", 0).Value("GREEN", 1);
        Assert.Equal("GREEN", color.Serialize(1));
        Assert.Equal(0, color.ParseValue("RED"));
        Assert.Equal(1, color.ParseLiteral(Parser.ParseConstValue("GREEN")));
        Assert.Equal("Value \"BLUE\" does not exist in \"Color\" enum.", Assert.Throws<ValueCoercionException>(() => color.ParseValue("BLUE")).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\".", Assert.Throws<ValueCoercionException>(() => color.ParseLiteral(Parser.ParseConstValue("\"RED\""))).Message);
        Assert.Equal("Enum \"Color\" cannot represent value: 7", Assert.Throws<ValueCoercionException>(() => color.Serialize(7)).Message);
    }
}
