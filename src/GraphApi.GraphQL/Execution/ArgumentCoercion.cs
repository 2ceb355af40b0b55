using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// CoerceArgumentValues (GraphQL spec §6.4.1 "Coercing Field Arguments"), also used for directive arguments.
/// Throws <see cref="FieldErrorException"/> with the graphql-js message when an argument is invalid.
/// </summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0);

    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> nodes,
        IReadOnlyDictionary<string, object?> variables,
        SyntaxNode owner)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            ArgumentNode? node = null;
            foreach (var candidate in nodes)
            {
                if (candidate.Name.Value == name)
                {
                    node = candidate;
                    break;
                }
            }

            if (node is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw new FieldErrorException($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", owner, GraphQLErrorCodes.BadUserInput);
                }

                continue;
            }

            var valueNode = node.Value;
            if (valueNode is VariableNode variable && !variables.ContainsKey(variable.Name.Value))
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw new FieldErrorException(
                        $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                        valueNode,
                        GraphQLErrorCodes.BadUserInput);
                }

                continue;
            }

            var isNull = valueNode is NullValueNode || (valueNode is VariableNode v && variables[v.Name.Value] is null);
            if (isNull && definition.Type is NonNullType)
            {
                throw new FieldErrorException($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode, GraphQLErrorCodes.BadUserInput);
            }

            if (!LiteralCoercion.TryCoerce(valueNode, definition.Type, variables, out var value))
            {
                throw new FieldErrorException($"Argument \"{name}\" has invalid value {valueNode}.", valueNode, GraphQLErrorCodes.BadUserInput);
            }

            coerced[name] = value;
        }

        return coerced;
    }
}
