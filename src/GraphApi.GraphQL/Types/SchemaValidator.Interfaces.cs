using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Types;

/// <summary>Interface implementation rules (GraphQL spec §3.6 "Type Validation" 4, §3.7 "IsValidImplementation").</summary>
internal static partial class SchemaValidator
{
    private static void ValidateInterfaces(GraphQLSchema schema, ComplexType type, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declared in type.DeclaredInterfaces)
        {
            if (declared is not InterfaceType iface)
            {
                errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {declared.Name}.");
                continue;
            }

            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            ValidateTransitiveInterfaces(type, iface, errors);
            ValidateImplementation(schema, type, iface, errors);
        }
    }

    private static void ValidateTransitiveInterfaces(ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                errors.Add(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }
        }
    }

    private static void ValidateImplementation(GraphQLSchema schema, ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var interfaceField in iface.Fields)
        {
            var fieldName = interfaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                errors.Add($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, interfaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.");
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({interfaceArgument.Name}:) expected but {type.Name}.{fieldName} does not provide it.");
                    continue;
                }

                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({typeArgument.Name}:) is type {typeArgument.Type}.");
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (typeArgument.Type is NonNullType && !typeArgument.HasDefaultValue && interfaceField.GetArgument(typeArgument.Name) is null)
                {
                    errors.Add($"Argument {type.Name}.{fieldName}({typeArgument.Name}:) must not be required type {typeArgument.Type} if not provided by the Interface field {iface.Name}.{fieldName}.");
                }
            }
        }
    }
}
