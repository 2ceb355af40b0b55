using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object (GraphQL spec §3.4).</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        NameValidator.ThrowIfInvalid(name, "type");
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; set; }

    public override NamedType GetNamedType() => this;

    public override string ToString() => Name;
}
