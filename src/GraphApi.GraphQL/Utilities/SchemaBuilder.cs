using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Utilities;

/// <summary>
/// Builds an executable schema from SDL (GraphQL spec §3 "Type System"; graphql-js <c>buildASTSchema</c>), applying
/// type extensions, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>. Fields without a resolver read the
/// same-named entry of a dictionary source. Throws <see cref="GraphQLSyntaxError"/> for bad syntax and
/// <see cref="SchemaValidationException"/> for an invalid schema.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly SdlResolvers _resolvers;
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<(InputValueDefinition Definition, ValueNode Literal)> _defaults = [];
    private readonly List<string> _errors = [];

    private SchemaBuilder(SdlResolvers? resolvers)
    {
        _resolvers = resolvers ?? new SdlResolvers();
    }

    public static GraphQLSchema FromSdl(string sdl, SdlResolvers? resolvers = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return FromDocument(Parser.Parse(sdl), resolvers);
    }

    public static GraphQLSchema FromDocument(DocumentNode document, SdlResolvers? resolvers = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SchemaBuilder(resolvers).Build(document);
    }

    private GraphQLSchema Build(DocumentNode document)
    {
        var typeDefinitions = document.Definitions.OfType<TypeDefinitionNode>().ToList();
        var extensions = document.Definitions.OfType<TypeExtensionNode>().ToList();
        foreach (var definition in typeDefinitions)
        {
            if (_types.ContainsKey(definition.Name.Value))
            {
                _errors.Add($"There can be only one type named \"{definition.Name.Value}\".");
                continue;
            }

            _types[definition.Name.Value] = CreateType(definition);
        }

        foreach (var definition in typeDefinitions)
        {
            Fill(_types[definition.Name.Value], definition);
        }

        foreach (var extension in extensions)
        {
            if (!_types.TryGetValue(extension.Name.Value, out var type))
            {
                _errors.Add($"Cannot extend type \"{extension.Name.Value}\" because it is not defined.");
                continue;
            }

            Fill(type, extension);
        }

        var directives = document.Definitions.OfType<DirectiveDefinitionNode>().Select(BuildDirective).ToList();
        foreach (var (definition, literal) in _defaults)
        {
            if (LiteralCoercion.TryCoerce(literal, definition.Type, null, out var value))
            {
                definition.DefaultValue = value;
            }
            else
            {
                _errors.Add($"Default value {literal} is not valid for \"{definition.Name}\" of type \"{definition.Type}\".");
            }
        }

        var roots = FindRootTypes(document);
        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors);
        }

        return new GraphQLSchema(
            roots.Query ?? throw new SchemaValidationException(["Query root type must be provided."]),
            roots.Mutation,
            roots.Subscription,
            _types.Values.Where(t => t is not ScalarType { IsSpecifiedScalar: true }),
            directives,
            document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault()?.Description?.Value);
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) FindRootTypes(DocumentNode document)
    {
        var operationTypes = document.Definitions.OfType<SchemaDefinitionNode>().SelectMany(s => s.OperationTypes)
            .Concat(document.Definitions.OfType<SchemaExtensionNode>().SelectMany(s => s.OperationTypes))
            .ToList();
        ObjectType? Root(OperationType operation, string defaultName)
        {
            var name = operationTypes.Count > 0
                ? operationTypes.FirstOrDefault(o => o.Operation == operation)?.Type.Name.Value
                : defaultName;
            if (name is null || !_types.TryGetValue(name, out var type))
            {
                if (name is not null && operationTypes.Count > 0)
                {
                    _errors.Add($"Unknown type \"{name}\" used as the {operation.ToString().ToLowerInvariant()} root type.");
                }

                return null;
            }

            if (type is ObjectType obj)
            {
                return obj;
            }

            _errors.Add($"{operation} root type must be Object type, it cannot be {name}.");
            return null;
        }

        return (Root(OperationType.Query, "Query"), Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"));
    }

    private NamedType CreateType(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        switch (definition)
        {
            case ScalarTypeDefinitionNode:
                var specified = ScalarType.SpecifiedScalars.FirstOrDefault(s => s.Name == name);
                if (specified is not null)
                {
                    return specified;
                }

                var scalar = _resolvers.GetScalar(name) ?? new ScalarType(name, description: description);
                scalar.Description ??= description;
                return scalar;
            case ObjectTypeDefinitionNode:
                var obj = new ObjectType(name, description);
                obj.IsTypeOf = _resolvers.GetIsTypeOf(name);
                return obj;
            case InterfaceTypeDefinitionNode:
                return new InterfaceType(name, description) { ResolveType = _resolvers.GetResolveType(name) };
            case UnionTypeDefinitionNode:
                return new UnionType(name, description) { ResolveType = _resolvers.GetResolveType(name) };
            case EnumTypeDefinitionNode:
                return new EnumType(name, description);
            case InputObjectTypeDefinitionNode:
                return new InputObjectType(name, description);
            default:
                throw new ArgumentException($"Unexpected type definition {definition.Kind}.", nameof(definition));
        }
    }

    private void Fill(NamedType type, TypeSystemDefinitionNode node)
    {
        switch (type, node)
        {
            case (ScalarType scalar, _):
                scalar.SpecifiedByUrl ??= DirectiveArgument(node.Directives, "specifiedBy", "url");
                break;
            case (ComplexType complex, ObjectTypeDefinitionNode or ObjectTypeExtensionNode or InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode):
                var (interfaces, fields) = node switch
                {
                    ObjectTypeDefinitionNode d => (d.Interfaces, d.Fields),
                    ObjectTypeExtensionNode e => (e.Interfaces, e.Fields),
                    InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields),
                    InterfaceTypeExtensionNode ie => (ie.Interfaces, ie.Fields),
                    _ => throw new InvalidOperationException(),
                };
                foreach (var iface in interfaces)
                {
                    complex.AddInterface(LookupNamed(iface.Name.Value));
                }

                foreach (var field in fields)
                {
                    complex.AddField(BuildField(complex.Name, field));
                }

                break;
            case (UnionType union, UnionTypeDefinitionNode or UnionTypeExtensionNode):
                var members = node is UnionTypeDefinitionNode ud ? ud.Types : ((UnionTypeExtensionNode)node).Types;
                foreach (var member in members)
                {
                    union.Member(LookupNamed(member.Name.Value));
                }

                break;
            case (EnumType enumType, EnumTypeDefinitionNode or EnumTypeExtensionNode):
                var values = node is EnumTypeDefinitionNode ed ? ed.Values : ((EnumTypeExtensionNode)node).Values;
                foreach (var value in values)
                {
                    enumType.Value(value.Name.Value, null, value.Description?.Value, DeprecationReason(value.Directives));
                }

                break;
            case (InputObjectType input, InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode):
                input.IsOneOf |= node.Directives.Any(d => d.Name.Value == "oneOf");
                var inputFields = node is InputObjectTypeDefinitionNode id ? id.Fields : ((InputObjectTypeExtensionNode)node).Fields;
                foreach (var field in inputFields)
                {
                    input.Field(BuildInputValue(field));
                }

                break;
            default:
                _errors.Add($"Cannot apply {node.Kind} to {type.Kind.ToString().ToLowerInvariant()} type \"{type.Name}\".");
                break;
        }
    }

    private FieldDefinition BuildField(string typeName, FieldDefinitionNode node)
    {
        var field = new FieldDefinition(node.Name.Value, BuildType(node.Type), node.Description?.Value)
        {
            DeprecationReason = DeprecationReason(node.Directives),
            Resolver = _resolvers.GetField(typeName, node.Name.Value),
        };
        foreach (var argument in node.Arguments)
        {
            field.Argument(BuildInputValue(argument));
        }

        return field;
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node)
    {
        var definition = new InputValueDefinition(node.Name.Value, BuildType(node.Type), node.Description?.Value)
        {
            DeprecationReason = DeprecationReason(node.Directives),
        };
        if (node.DefaultValue is not null)
        {
            _defaults.Add((definition, node.DefaultValue));
        }

        return definition;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<Language.DirectiveLocation>();
        foreach (var location in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                locations.Add(parsed);
            }
            else
            {
                _errors.Add($"Directive @{node.Name.Value} has an unknown location \"{location.Value}\".");
            }
        }

        var directive = new DirectiveDefinition(node.Name.Value, locations, node.Description?.Value, node.Repeatable);
        foreach (var argument in node.Arguments)
        {
            directive.Argument(BuildInputValue(argument));
        }

        return directive;
    }

    private GraphQLType BuildType(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(BuildType(nonNull.Type)),
        ListTypeNode list => new ListType(BuildType(list.Type)),
        NamedTypeNode named => LookupNamed(named.Name.Value),
        _ => throw new ArgumentException($"Unexpected type node {node.Kind}.", nameof(node)),
    };

    private NamedType LookupNamed(string name) =>
        _types.GetValueOrDefault(name) ?? ScalarType.SpecifiedScalars.FirstOrDefault(s => s.Name == name) ?? (NamedType)new TypeReference(name);

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "deprecated")
            {
                return DirectiveArgument(directives, "deprecated", "reason") ?? DirectiveDefinition.DefaultDeprecationReason;
            }
        }

        return null;
    }

    private static string? DirectiveArgument(IReadOnlyList<DirectiveNode> directives, string directiveName, string argumentName)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != directiveName)
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == argumentName && argument.Value is StringValueNode value)
                {
                    return value.Value;
                }
            }
        }

        return null;
    }
}
