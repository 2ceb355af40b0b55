namespace GraphApi.GraphQL.Types;

/// <summary>
/// Checks the type system rules of GraphQL spec §3 (the "Type Validation" sub-sections of §3.6-§3.10, §3.13) the way
/// graphql-js <c>validateSchema</c> words them: names, fields, arguments, interface implementation, unions, enums,
/// input objects and their non-null cycles, and oneOf inputs.
/// </summary>
internal static partial class SchemaValidator
{
    public static void Validate(GraphQLSchema schema, List<string> errors)
    {
        ValidateRootTypes(schema, errors);
        ValidateDirectives(schema, errors);
        foreach (var type in schema.TypeMap.Values)
        {
            if (IsIntrospectionType(type))
            {
                continue;
            }

            ValidateName(type.Name, errors);
            switch (type)
            {
                case ObjectType obj:
                    ValidateFields(obj, errors);
                    ValidateInterfaces(schema, obj, errors);
                    break;
                case InterfaceType iface:
                    ValidateFields(iface, errors);
                    ValidateInterfaces(schema, iface, errors);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    break;
            }
        }

        InputObjectCycleDetector.Validate(schema, errors);
    }

    private static bool IsIntrospectionType(NamedType type) => type.Name.StartsWith("__", StringComparison.Ordinal)
        && ReferenceEquals(Introspection.IntrospectionTypes.Find(type.Name), type);

    private static void ValidateRootTypes(GraphQLSchema schema, List<string> errors)
    {
        if (schema.MutationType is not null && ReferenceEquals(schema.MutationType, schema.QueryType))
        {
            errors.Add($"All root types must be different, \"{schema.QueryType.Name}\" type is used as query and mutation root types.");
        }

        if (schema.SubscriptionType is not null && (ReferenceEquals(schema.SubscriptionType, schema.QueryType) || ReferenceEquals(schema.SubscriptionType, schema.MutationType)))
        {
            errors.Add($"All root types must be different, \"{schema.SubscriptionType.Name}\" type is used as more than one root type.");
        }
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateDirectives(GraphQLSchema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.Type is NonNullType && !argument.HasDefaultValue && argument.IsDeprecated)
                {
                    errors.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateFields(ComplexType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.Type is NonNullType && !argument.HasDefaultValue && argument.IsDeprecated)
                {
                    errors.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateUnionMembers(UnionType union, List<string> errors)
    {
        if (union.DeclaredTypes.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.DeclaredTypes)
        {
            if (!seen.Add(member.Name))
            {
                errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
                continue;
            }

            if (member is not ObjectType)
            {
                errors.Add($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.");
            }
        }
    }

    private static void ValidateEnumValues(EnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type {enumType.Name} must define one or more values.");
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, errors);
        }
    }

    private static void ValidateInputFields(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (field.Type is NonNullType && !field.HasDefaultValue && field.IsDeprecated)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }

                if (field.HasDefaultValue)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
    }
}
