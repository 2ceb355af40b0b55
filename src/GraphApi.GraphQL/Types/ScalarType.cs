namespace GraphApi.GraphQL.Types;

/// <summary>
/// A leaf type with result coercion (<see cref="Serialize"/>) and input coercion from variables
/// (<see cref="ParseValue"/>) and literals (<see cref="ParseLiteral"/>) (GraphQL spec §3.5 "Scalars").
/// The five built-in scalars are static members; custom scalars pass their own functions.
/// </summary>
public sealed partial class ScalarType : NamedType
{
    private readonly Func<object, object?> _serialize;
    private readonly Func<object, object?> _parseValue;

    /// <summary>Declares a custom scalar. Coercion functions throw <see cref="ValueCoercionException"/> to reject a value.</summary>
    /// <param name="name">The scalar's name.</param>
    /// <param name="serialize">Internal value to a JSON-friendly result value (§3.5.1 result coercion).</param>
    /// <param name="parseValue">Variable (JSON) value to an internal value (§3.5.1 input coercion); identity when null.</param>
    /// <param name="parseLiteral">Literal to an internal value; when null, the literal is turned into a plain value and given to <paramref name="parseValue"/>.</param>
    /// <param name="description">The description.</param>
    /// <param name="specifiedByUrl">A URL to the scalar's specification, exposed via <c>@specifiedBy</c> (§3.13.5).</param>
    public ScalarType(
        string name,
        Func<object, object?>? serialize = null,
        Func<object, object?>? parseValue = null,
        LiteralParser? parseLiteral = null,
        string? description = null,
        string? specifiedByUrl = null)
        : base(name, description)
    {
        _serialize = serialize ?? (value => value);
        _parseValue = parseValue ?? (value => value);
        _parseLiteral = parseLiteral;
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL given by <c>@specifiedBy(url:)</c>, or null.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Whether this is one of the five scalars defined by the spec (§3.5).</summary>
    public bool IsSpecifiedScalar => ReferenceEquals(this, Int) || ReferenceEquals(this, Float) || ReferenceEquals(this, String)
        || ReferenceEquals(this, Boolean) || ReferenceEquals(this, ID);

    /// <summary>Result coercion of a non-null internal value (§3.5.1).</summary>
    public object? Serialize(object value) => _serialize(value);

    /// <summary>Input coercion of a non-null variable value (§3.5.1).</summary>
    public object? ParseValue(object value) => _parseValue(value);
}
