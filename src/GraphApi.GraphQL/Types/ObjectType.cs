using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Types;

/// <summary>An object type (GraphQL spec §3.6 "Objects"), declared code-first with fluent <see cref="Field(string, GraphQLType, Func{ResolveContext, object?}?, Func{ResolveContext, ValueTask{object?}}?, string?, string?, Action{FieldDefinition}?)"/> calls.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// Tells whether a resolved value belongs to this type, used to resolve abstract types when the
    /// interface or union has no <see cref="InterfaceType.ResolveType"/> (§6.4.3 "ResolveAbstractType").
    /// </summary>
    public Func<object, ResolveContext, bool>? IsTypeOf { get; set; }

    /// <summary>Declares a field; pass <paramref name="resolve"/> or <paramref name="resolveAsync"/> (or neither, for the default resolver).</summary>
    public ObjectType Field(
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

    /// <summary>Declares an implemented interface, by instance or <see cref="TypeReference"/>.</summary>
    public ObjectType Implements(NamedType interfaceType)
    {
        AddInterface(interfaceType);
        return this;
    }
}
