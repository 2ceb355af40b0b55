using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object (GraphQL spec §3.6.1 "Field Arguments",
/// §3.10 "Input Objects", introspection type <c>__InputValue</c>).
/// </summary>
public sealed class InputValueDefinition
{
    private object? _defaultValue;

    public InputValueDefinition(string name, GraphQLType type, string? description = null)
    {
        NameValidator.ThrowIfInvalid(name, "argument or input field");
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public GraphQLType Type { get; internal set; }

    public string? Description { get; set; }

    /// <summary>Whether a default value was declared; a declared default may itself be null.</summary>
    public bool HasDefaultValue { get; private set; }

    /// <summary>The default as an internal (already coerced) value, used when the argument is omitted (§6.4.1).</summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        set
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    /// <summary>Set when deprecated with <c>@deprecated</c>; only nullable inputs may be deprecated (§3.13.3).</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public override string ToString() => $"{Name}: {Type}";
}
