using GraphApi.GraphQL.Introspection;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// Gathers every named type reachable from a schema's roots (graphql-js <c>collectReferencedTypes</c>) and replaces
/// each <see cref="TypeReference"/> with the type of that name, so code-first types can refer to each other in cycles.
/// </summary>
internal static class TypeCollector
{
    public static Dictionary<string, NamedType> Collect(
        GraphQLSchema schema,
        IEnumerable<NamedType> extraTypes,
        IReadOnlyList<DirectiveDefinition> directives,
        List<string> errors)
    {
        // graphql-js seeds its set with the extra types, then removes and re-collects each one in turn: the extra
        // types keep their given order and types they alone reach follow the first type that reaches them.
        var map = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var order = new List<NamedType>();
        var extras = extraTypes.Where(t => t is not TypeReference).ToList();
        foreach (var type in extras)
        {
            if (map.TryAdd(type.Name, type))
            {
                order.Add(type);
            }
        }

        foreach (var type in extras)
        {
            if (map.TryGetValue(type.Name, out var seeded) && ReferenceEquals(seeded, type))
            {
                map.Remove(type.Name);
                order.Remove(type);
            }

            Visit(type, map, order, errors);
        }

        Visit(schema.QueryType, map, order, errors);
        if (schema.MutationType is not null)
        {
            Visit(schema.MutationType, map, order, errors);
        }

        if (schema.SubscriptionType is not null)
        {
            Visit(schema.SubscriptionType, map, order, errors);
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Visit(argument.Type.GetNamedType(), map, order, errors);
            }
        }

        Visit(IntrospectionTypes.Schema, map, order, errors);
        var ordered = new Dictionary<string, NamedType>(order.Count, StringComparer.Ordinal);
        foreach (var type in order)
        {
            ordered[type.Name] = type;
        }

        if (errors.Count == 0)
        {
            ResolveReferences(ordered, directives, errors);
        }

        return ordered;
    }

    private static void Visit(NamedType type, Dictionary<string, NamedType> map, List<NamedType> order, List<string> errors)
    {
        if (type is TypeReference)
        {
            return;
        }

        if (map.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                errors.Add($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            return;
        }

        map.Add(type.Name, type);
        order.Add(type);
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.DeclaredTypes)
                {
                    Visit(member, map, order, errors);
                }

                break;
            case ComplexType complex:
                foreach (var iface in complex.DeclaredInterfaces)
                {
                    Visit(iface, map, order, errors);
                }

                foreach (var field in complex.Fields)
                {
                    Visit(field.Type.GetNamedType(), map, order, errors);
                    foreach (var argument in field.Arguments)
                    {
                        Visit(argument.Type.GetNamedType(), map, order, errors);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Visit(field.Type.GetNamedType(), map, order, errors);
                }

                break;
        }
    }

    private static void ResolveReferences(Dictionary<string, NamedType> map, IReadOnlyList<DirectiveDefinition> directives, List<string> errors)
    {
        foreach (var type in map.Values)
        {
            switch (type)
            {
                case UnionType union when union.DeclaredTypes.Any(t => t is TypeReference):
                    union.ReplaceMembers(union.DeclaredTypes.Select(t => ResolveNamed(t, map, errors, $"union {union.Name}")));
                    break;
                case ComplexType complex:
                    if (complex.DeclaredInterfaces.Any(t => t is TypeReference))
                    {
                        complex.ReplaceInterfaces(complex.DeclaredInterfaces.Select(t => ResolveNamed(t, map, errors, $"type {complex.Name}")));
                    }

                    foreach (var field in complex.Fields)
                    {
                        field.Type = Resolve(field.Type, map, errors, $"{complex.Name}.{field.Name}");
                        foreach (var argument in field.Arguments)
                        {
                            argument.Type = Resolve(argument.Type, map, errors, $"{complex.Name}.{field.Name}({argument.Name}:)");
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        field.Type = Resolve(field.Type, map, errors, $"{input.Name}.{field.Name}");
                    }

                    break;
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                argument.Type = Resolve(argument.Type, map, errors, $"@{directive.Name}({argument.Name}:)");
            }
        }
    }

    private static GraphQLType Resolve(GraphQLType type, Dictionary<string, NamedType> map, List<string> errors, string usedBy)
    {
        switch (type)
        {
            case NonNullType nonNull:
                var inner = Resolve(nonNull.OfType, map, errors, usedBy);
                return ReferenceEquals(inner, nonNull.OfType) ? type : new NonNullType(inner);
            case ListType list:
                var item = Resolve(list.OfType, map, errors, usedBy);
                return ReferenceEquals(item, list.OfType) ? type : new ListType(item);
            default:
                return ResolveNamed((NamedType)type, map, errors, usedBy);
        }
    }

    private static NamedType ResolveNamed(NamedType type, Dictionary<string, NamedType> map, List<string> errors, string usedBy)
    {
        if (type is not TypeReference reference)
        {
            return type;
        }

        if (map.TryGetValue(reference.Name, out var resolved))
        {
            return resolved;
        }

        errors.Add($"Unknown type \"{reference.Name}\" referenced by {usedBy}; declare it or pass it in the schema's types.");
        return type;
    }
}
