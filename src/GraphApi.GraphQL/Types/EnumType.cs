using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// An enum type: a closed set of named values, each standing for an internal value (GraphQL spec §3.9 "Enums").
/// </summary>
public sealed class EnumType : NamedType
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    public EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Declares a value; <paramref name="value"/> defaults to the name.</summary>
    public EnumType Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        var definition = new EnumValueDefinition(name, value ?? name, description) { DeprecationReason = deprecationReason };
        if (!_byName.TryAdd(name, definition))
        {
            throw new ArgumentException($"Enum \"{Name}\" already declares the value \"{name}\".", nameof(name));
        }

        _byValue.TryAdd(definition.Value!, definition);
        _values.Add(definition);
        return this;
    }

    /// <summary>Builds an enum from a C# enum, one GraphQL value per member with the member's name upper-cased.</summary>
    public static EnumType From<TEnum>(string? name = null, string? description = null)
        where TEnum : struct, Enum
    {
        var type = new EnumType(name ?? typeof(TEnum).Name, description);
        foreach (var member in Enum.GetValues<TEnum>())
        {
            type.Value(member.ToString().ToUpperInvariant(), member);
        }

        return type;
    }

    /// <summary>Result coercion: internal value to its name (§3.9 "Result Coercion").</summary>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        if (value is string name && _byName.ContainsKey(name))
        {
            return name;
        }

        throw new ValueCoercionException($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value: a string naming a value (§3.9 "Input Coercion").</summary>
    public object? ParseValue(object value)
    {
        if (value is not string name)
        {
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-string value: {Inspector.Inspect(value)}.");
        }

        return _byName.TryGetValue(name, out var definition)
            ? definition.Value
            : throw new ValueCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
    }

    /// <summary>Input coercion of a literal: an enum literal naming a value; strings are rejected (§3.9).</summary>
    public object? ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not EnumValueNode enumValue)
        {
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {literal}.");
        }

        return _byName.TryGetValue(enumValue.Value, out var definition)
            ? definition.Value
            : throw new ValueCoercionException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum.");
    }
}
