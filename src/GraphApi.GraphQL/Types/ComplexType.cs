using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// The shared shape of object and interface types: ordered fields with a by-name lookup and the
/// interfaces they implement (GraphQL spec §3.6 "Objects", §3.7 "Interfaces").
/// </summary>
public abstract class ComplexType : NamedType
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<NamedType> _interfaces = [];
    private InterfaceType[]? _resolvedInterfaces;

    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields in declaration order.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <summary>Declared interfaces; <see cref="TypeReference"/>s are replaced when the schema is built.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _resolvedInterfaces ??= _interfaces.OfType<InterfaceType>().ToArray();

    internal IReadOnlyList<NamedType> DeclaredInterfaces => _interfaces;

    /// <summary>Finds a field by name in constant time, or null.</summary>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Adds a field; names must be unique within the type (§3.6.1).</summary>
    public void AddField(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_fieldsByName.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"Type \"{Name}\" already declares a field \"{field.Name}\".", nameof(field));
        }

        _fields.Add(field);
    }

    /// <summary>Declares that the type implements an interface, by instance or by <see cref="TypeReference"/>.</summary>
    public void AddInterface(NamedType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        if (interfaceType is not (InterfaceType or TypeReference))
        {
            throw new ArgumentException($"Type \"{Name}\" can only implement interfaces, but \"{interfaceType.Name}\" is a {interfaceType.Kind}.", nameof(interfaceType));
        }

        _interfaces.Add(interfaceType);
        _resolvedInterfaces = null;
    }

    internal void ReplaceInterfaces(IEnumerable<NamedType> interfaces)
    {
        var replaced = interfaces.ToList();
        _interfaces.Clear();
        _interfaces.AddRange(replaced);
        _resolvedInterfaces = null;
    }

    private protected static FieldDefinition BuildField(
        string name,
        GraphQLType type,
        Func<ResolveContext, object?>? resolve,
        Func<ResolveContext, ValueTask<object?>>? resolveAsync,
        string? description,
        string? deprecationReason,
        Action<FieldDefinition>? configure)
    {
        if (resolve is not null && resolveAsync is not null)
        {
            throw new ArgumentException($"Field \"{name}\" has both a synchronous and an asynchronous resolver; pass only one.", nameof(resolveAsync));
        }

        var field = new FieldDefinition(name, type, description) { DeprecationReason = deprecationReason };
        if (resolve is not null)
        {
            field.Resolve(resolve);
        }
        else if (resolveAsync is not null)
        {
            field.Resolve(resolveAsync);
        }

        configure?.Invoke(field);
        return field;
    }
}
