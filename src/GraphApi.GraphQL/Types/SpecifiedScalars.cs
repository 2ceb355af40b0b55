using System.Globalization;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// The five specified scalars with the coercion rules of GraphQL spec §3.5.1-§3.5.5 and graphql-js error wording.
/// </summary>
public sealed partial class ScalarType
{
    /// <summary>A signed 32-bit integer (§3.5.1 "Int").</summary>
    public static ScalarType Int { get; } = new(
        "Int",
        SerializeInt,
        ParseIntValue,
        ParseIntLiteral,
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");

    /// <summary>A finite double-precision number (§3.5.2 "Float").</summary>
    public static ScalarType Float { get; } = new(
        "Float",
        SerializeFloat,
        ParseFloatValue,
        ParseFloatLiteral,
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");

    /// <summary>A UTF-8 character sequence (§3.5.3 "String").</summary>
    public static ScalarType String { get; } = new(
        "String",
        SerializeString,
        ParseStringValue,
        ParseStringLiteral,
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");

    /// <summary><c>true</c> or <c>false</c> (§3.5.4 "Boolean").</summary>
    public static ScalarType Boolean { get; } = new(
        "Boolean",
        SerializeBoolean,
        ParseBooleanValue,
        ParseBooleanLiteral,
        "The `Boolean` scalar type represents `true` or `false`.");

    /// <summary>A unique identifier serialized as a string; accepts string or integer input (§3.5.5 "ID").</summary>
    public static ScalarType ID { get; } = new(
        "ID",
        SerializeId,
        ParseIdValue,
        ParseIdLiteral,
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    /// <summary>The specified scalars by name.</summary>
    public static IReadOnlyList<ScalarType> SpecifiedScalars { get; } = [String, Int, Float, Boolean, ID];

    private static bool TryGetNumber(object value, out double number)
    {
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case double d:
                number = d;
                return true;
            case float f:
                number = f;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case short or byte or sbyte or ushort or uint or ulong:
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    private static object SerializeInt(object value)
    {
        // Returning the already boxed value keeps the common case allocation-free.
        if (value is int)
        {
            return value;
        }

        double number;
        if (value is bool b)
        {
            return b ? 1 : 0;
        }

        if (value is string s && s.Length > 0)
        {
            if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            {
                throw new ValueCoercionException($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
            }
        }
        else if (!TryGetNumber(value, out number))
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        return ToInt32(number, value);
    }

    private static int ToInt32(double number, object original)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Floor(number) != number)
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {Inspector.Inspect(original)}");
        }

        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(original)}");
        }

        return (int)number;
    }

    private static object ParseIntValue(object value)
    {
        if (value is int)
        {
            return value;
        }

        if (!TryGetNumber(value, out var number))
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        return ToInt32(number, value);
    }

    private static object SerializeFloat(object value)
    {
        if (value is double d && double.IsFinite(d))
        {
            return value;
        }

        double number;
        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        if (value is string s && s.Length > 0)
        {
            if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            {
                throw new ValueCoercionException($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
            }
        }
        else if (!TryGetNumber(value, out number))
        {
            throw new ValueCoercionException($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        if (!double.IsFinite(number))
        {
            throw new ValueCoercionException($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        return number;
    }

    private static object ParseFloatValue(object value)
    {
        if (!TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw new ValueCoercionException($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        return number;
    }

    private static object SerializeString(object value)
    {
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case Guid or Uri or char:
                return value.ToString()!;
        }

        if (TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return value is double or float ? number.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        throw new ValueCoercionException($"String cannot represent value: {Inspector.Inspect(value)}");
    }

    private static object ParseStringValue(object value) =>
        value as string ?? throw new ValueCoercionException($"String cannot represent a non string value: {Inspector.Inspect(value)}");

    private static object SerializeBoolean(object value)
    {
        if (value is bool)
        {
            return value;
        }

        if (TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");
    }

    private static object ParseBooleanValue(object value) =>
        value is bool ? value : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");

    private static object SerializeId(object value)
    {
        switch (value)
        {
            case string s:
                return s;
            case Guid g:
                return g.ToString();
        }

        if (TryGetNumber(value, out var number) && double.IsFinite(number) && Math.Floor(number) == number)
        {
            return value is double or float ? number.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        throw new ValueCoercionException($"ID cannot represent value: {Inspector.Inspect(value)}");
    }

    private static object ParseIdValue(object value)
    {
        if (value is string s)
        {
            return s;
        }

        if (value is not double and not float && TryGetNumber(value, out var number) && Math.Floor(number) == number)
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        if (value is double d && double.IsFinite(d) && Math.Floor(d) == d)
        {
            return d.ToString("R", CultureInfo.InvariantCulture);
        }

        throw new ValueCoercionException($"ID cannot represent value: {Inspector.Inspect(value)}");
    }
}
