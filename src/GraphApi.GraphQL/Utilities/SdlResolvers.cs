using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Utilities;

/// <summary>
/// Behaviour to attach to a schema built from SDL by <see cref="SchemaBuilder.FromSdl"/>: field resolvers,
/// abstract type resolution and custom scalar implementations, all by name.
/// </summary>
public sealed class SdlResolvers
{
    private readonly Dictionary<(string Type, string Field), FieldResolver> _fields = [];
    private readonly Dictionary<string, Func<object, ResolveContext, string?>> _resolveTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, ResolveContext, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);

    public SdlResolvers Field(string typeName, string fieldName, Func<ResolveContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _fields[(typeName, fieldName)] = context => new ValueTask<object?>(resolve(context));
        return this;
    }

    public SdlResolvers FieldAsync(string typeName, string fieldName, Func<ResolveContext, ValueTask<object?>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _fields[(typeName, fieldName)] = new FieldResolver(resolve);
        return this;
    }

    public SdlResolvers ResolveType(string abstractTypeName, Func<object, ResolveContext, string?> resolveType)
    {
        _resolveTypes[abstractTypeName] = resolveType;
        return this;
    }

    public SdlResolvers IsTypeOf(string objectTypeName, Func<object, ResolveContext, bool> isTypeOf)
    {
        _isTypeOf[objectTypeName] = isTypeOf;
        return this;
    }

    /// <summary>Uses <paramref name="scalar"/> for the SDL scalar of the same name.</summary>
    public SdlResolvers Scalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    internal FieldResolver? GetField(string typeName, string fieldName) => _fields.GetValueOrDefault((typeName, fieldName));

    internal Func<object, ResolveContext, string?>? GetResolveType(string typeName) => _resolveTypes.GetValueOrDefault(typeName);

    internal Func<object, ResolveContext, bool>? GetIsTypeOf(string typeName) => _isTypeOf.GetValueOrDefault(typeName);

    internal ScalarType? GetScalar(string name) => _scalars.GetValueOrDefault(name);
}
