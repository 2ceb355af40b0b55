namespace GraphApi.GraphQL.Types;

/// <summary>
/// An input object type (GraphQL spec §3.10 "Input Objects"); with <see cref="IsOneOf"/> exactly one field
/// must be given, and it must not be null (§3.10.1 "OneOf Input Objects").
/// </summary>
public sealed class InputObjectType : NamedType
{
    private readonly List<InputValueDefinition> _fields = [];
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    public InputObjectType(string name, string? description = null, bool isOneOf = false)
        : base(name, description)
    {
        IsOneOf = isOneOf;
    }

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Whether the type carries <c>@oneOf</c>.</summary>
    public bool IsOneOf { get; set; }

    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);

    public InputObjectType Field(InputValueDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_byName.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"Input object \"{Name}\" already declares a field \"{field.Name}\".", nameof(field));
        }

        _fields.Add(field);
        return this;
    }

    public InputObjectType Field(string name, GraphQLType type, string? description = null, string? deprecationReason = null) =>
        Field(new InputValueDefinition(name, type, description) { DeprecationReason = deprecationReason });

    /// <summary>Declares a field with a default (internal) value.</summary>
    public InputObjectType Field(string name, GraphQLType type, object? defaultValue, string? description = null) =>
        Field(new InputValueDefinition(name, type, description) { DefaultValue = defaultValue });
}
