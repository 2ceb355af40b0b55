using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Execution;

/// <summary>CoerceVariableValues (GraphQL spec §6.1.2 "Coercing Variable Values"), with graphql-js messages.</summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0);

    public static IReadOnlyDictionary<string, object?> Coerce(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors,
        int maxErrors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(ErrorFactory.Request("Too many errors processing variables, error limit reached. Execution aborted.", "6.1.2", GraphQLErrorCodes.BadUserInput));
                break;
            }

            var name = definition.Variable.Name.Value;
            var location = Locate(definition);
            var type = TypeFromAst.Resolve(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(ErrorFactory.Request(
                    $"Variable \"${name}\" expected value of type \"{definition.Type}\" which cannot be used as an input type.", "6.1.2", GraphQLErrorCodes.ValidationFailed, location));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    if (LiteralCoercion.TryCoerce(definition.DefaultValue, type, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(ErrorFactory.Request($"Variable \"${name}\" of required type \"{type}\" was not provided.", "6.1.2", GraphQLErrorCodes.BadUserInput, location));
                }

                continue;
            }

            if (value is null && type is NonNullType)
            {
                errors.Add(ErrorFactory.Request($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", "6.1.2", GraphQLErrorCodes.BadUserInput, location));
                continue;
            }

            coerced[name] = InputValueCoercion.Coerce(value, type, (path, invalid, message) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalid)}";
                if (path.Count > 0)
                {
                    prefix += $" at \"{name}{InputValueCoercion.PrintPath(path)}\"";
                }

                errors.Add(ErrorFactory.Request($"{prefix}; {message}", "6.1.2", GraphQLErrorCodes.BadUserInput, location));
            });
        }

        return coerced;
    }

    private static ErrorLocation[] Locate(SyntaxNode node) =>
        node.Location.StartLocation is { } start ? [new ErrorLocation(start.Line, start.Column)] : [];
}
