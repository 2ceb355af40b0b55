using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// A validated, immutable-once-built schema (GraphQL spec §3.3 "Schema"): root operation types, every named type
/// by name, directives, and precomputed possible-type lookups for abstract types.
/// </summary>
/// <remarks>
/// The type map is ordered as graphql-js orders it: the extra <c>types</c> first, then everything reachable from the
/// query, mutation and subscription roots, then the types of directive arguments, then the introspection types;
/// each type is followed depth-first by the types it references (interfaces, then fields and their arguments).
/// Building throws <see cref="SchemaValidationException"/> listing every violation of the type system rules.
/// </remarks>
public sealed partial class GraphQLSchema
{
    private readonly Dictionary<string, NamedType> _typeMap;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, ObjectType[]> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];
    private readonly Dictionary<InterfaceType, InterfaceType[]> _interfaceImplementations = [];

    public GraphQLSchema(
        ObjectType query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;

        var directiveList = directives?.ToList() ?? [];
        foreach (var specified in DirectiveDefinition.SpecifiedDirectives)
        {
            if (!directiveList.Exists(d => d.Name == specified.Name))
            {
                directiveList.Add(specified);
            }
        }

        Directives = directiveList;
        _directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var directive in directiveList)
        {
            if (!_directives.TryAdd(directive.Name, directive))
            {
                errors.Add($"Directive @{directive.Name} can only be defined once.");
            }
        }

        _typeMap = TypeCollector.Collect(this, types ?? [], directiveList, errors);
        if (errors.Count == 0)
        {
            BuildPossibleTypes();
            SchemaValidator.Validate(this, errors);
        }

        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type by name, in the order described in the remarks.</summary>
    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;

    /// <summary>All directives: the given ones in order, then each built-in one that was not redefined (as graphql-js <c>buildASTSchema</c>).</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type for an operation type, or null when the schema does not support it (§3.3.1).</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types an abstract type may resolve to at runtime (§3.7, §3.8); for an object type, itself.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        ObjectType o => [o],
        _ => _possibleTypes.GetValueOrDefault(abstractType) ?? [],
    };

    /// <summary>Interfaces that implement the given interface (§3.7 "Interfaces Implementing Interfaces").</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfaceImplementations.GetValueOrDefault(interfaceType) ?? [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union, or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    private void BuildPossibleTypes()
    {
        var possible = new Dictionary<NamedType, List<ObjectType>>();
        var interfaceImplementations = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in _typeMap.Values)
        {
            switch (type)
            {
                case UnionType union:
                    possible[union] = union.Types.ToList();
                    break;
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        if (!possible.TryGetValue(iface, out var list))
                        {
                            possible[iface] = list = [];
                        }

                        list.Add(obj);
                    }

                    break;
                case InterfaceType iface:
                    possible.TryAdd(iface, []);
                    foreach (var parent in iface.Interfaces)
                    {
                        if (!interfaceImplementations.TryGetValue(parent, out var list))
                        {
                            interfaceImplementations[parent] = list = [];
                        }

                        list.Add(iface);
                    }

                    break;
            }
        }

        foreach (var (type, objects) in possible)
        {
            _possibleTypes[type] = objects.ToArray();
            var set = new HashSet<NamedType>(objects);
            if (type is InterfaceType iface && interfaceImplementations.TryGetValue(iface, out var subInterfaces))
            {
                set.UnionWith(subInterfaces);
            }

            _subTypes[type] = set;
        }

        foreach (var (iface, implementations) in interfaceImplementations)
        {
            _interfaceImplementations[iface] = implementations.ToArray();
        }
    }
}
