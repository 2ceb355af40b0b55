using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Types;

/// <summary>An interface type, which may itself implement interfaces (GraphQL spec §3.7 "Interfaces").</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Returns the name of the object type of a resolved value (§6.4.3 "ResolveAbstractType").</summary>
    public Func<object, ResolveContext, string?>? ResolveType { get; set; }

    public InterfaceType Field(
        string name,
        GraphQLType type,
        Func<ResolveContext, object?>? resolve = null,
        Func<ResolveContext, ValueTask<object?>>? resolveAsync = null,
        string? description = null,
        string? deprecationReason = null,
        Action<FieldDefinition>? configure = null)
    {
        AddField(BuildField(name, type, resolve, resolveAsync, description, deprecationReason, configure));
        return this;
    }

    public InterfaceType Implements(NamedType interfaceType)
    {
        AddInterface(interfaceType);
        return this;
    }
}
