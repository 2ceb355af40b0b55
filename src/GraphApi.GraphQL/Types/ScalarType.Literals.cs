using System.Globalization;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Types;

/// <summary>Literal input coercion for scalars (GraphQL spec §3.5.1-§3.5.5, "Input Coercion").</summary>
public sealed partial class ScalarType
{
    private readonly LiteralParser? _parseLiteral;

    /// <summary>
    /// Coerces a non-null, non-variable literal. Without a custom literal parser the literal becomes a plain
    /// value (numbers, strings, lists, dictionaries) that is given to <see cref="ParseValue"/>, as graphql-js does.
    /// </summary>
    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (_parseLiteral is not null)
        {
            return _parseLiteral(literal, variables);
        }

        var plain = LiteralValues.ToPlainValue(literal, variables);
        return plain is null ? null : ParseValue(plain);
    }

    private static object? ParseIntLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {literal}");
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return number;
    }

    private static object? ParseFloatLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        var text = literal switch
        {
            FloatValueNode f => f.Value,
            IntValueNode i => i.Value,
            _ => throw new ValueCoercionException($"Float cannot represent non numeric value: {literal}"),
        };
        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(number))
        {
            throw new ValueCoercionException($"Float cannot represent non numeric value: {literal}");
        }

        return number;
    }

    private static object? ParseStringLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s ? s.Value : throw new ValueCoercionException($"String cannot represent a non string value: {literal}");

    private static object? ParseBooleanLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is BooleanValueNode b ? b.Value : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {literal}");

    private static object? ParseIdLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ValueCoercionException($"ID cannot represent a non-string and non-integer value: {literal}"),
    };
}
