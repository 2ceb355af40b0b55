using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Types;

/// <summary>One value of an enum type and the internal value it stands for (GraphQL spec §3.9 "Enums", §4.2.5 "__EnumValue").</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value, string? description = null)
    {
        NameValidator.ThrowIfInvalid(name, "enum value");
        if (name is "true" or "false" or "null")
        {
            throw new ArgumentException($"Enum values cannot be named \"{name}\" (§3.9).", nameof(name));
        }

        Name = name;
        Value = value;
        Description = description;
    }

    public string Name { get; }

    /// <summary>The internal value resolvers see and return; defaults to the name.</summary>
    public object? Value { get; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;
}
