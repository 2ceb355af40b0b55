using System.Collections;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Execution;

/// <summary>CompleteValue (GraphQL spec §6.4.3 "Value Completion") and null propagation (§6.4.4 "Handling Field Errors").</summary>
internal sealed partial class ExecutionEngine
{
    /// <param name="path">The value's path, or null for the field's own value (then <see cref="ResolveContext.Path"/>, built only if needed).</param>
    private void CompleteValue(ResolveContext field, GraphQLType type, object? value, ResultNode node, int index, ResponsePath? path)
    {
        var nonNull = false;
        if (type is NonNullType nonNullType)
        {
            nonNull = true;
            type = nonNullType.OfType;
        }

        if (value is null)
        {
            node.Values[index] = null;
            if (nonNull)
            {
                AddFieldError(field, path, $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.FieldName}.", GraphQLErrorCodes.InternalServerError, null);
                BubbleNull(node);
            }

            return;
        }

        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    var serialized = scalar.Serialize(value);
                    node.Values[index] = serialized;
                    if (serialized is null && nonNull)
                    {
                        AddFieldError(field, path, $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.FieldName}.", GraphQLErrorCodes.InternalServerError, null);
                        BubbleNull(node);
                    }

                    break;
                case EnumType enumType:
                    node.Values[index] = enumType.Serialize(value);
                    break;
                case ListType list:
                    CompleteList(field, list, value, node, index, nonNull, path ?? field.Path);
                    break;
                case ObjectType objectType:
                    CompleteObject(field, objectType, value, node, index, nonNull, path ?? field.Path);
                    break;
                default:
                    CompleteObject(field, ResolveAbstractType(field, (NamedType)type, value), value, node, index, nonNull, path ?? field.Path);
                    break;
            }
        }
        catch (Exception ex)
        {
            HandleFieldError(field, path, ex, node, index, nonNull);
        }
    }

    private void CompleteList(ResolveContext field, ListType list, object value, ResultNode node, int index, bool nonNull, ResponsePath path)
    {
        if (value is string || value is not IEnumerable items)
        {
            throw new FieldErrorException($"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.FieldName}\".");
        }

        IList materialized = items as IList ?? items.Cast<object?>().ToList();
        var result = new ResultList(materialized.Count, node, index, nonNull);
        node.Values[index] = result;
        var itemType = list.OfType;
        for (var i = 0; i < materialized.Count && !result.IsNulled; i++)
        {
            // Once a null bubbled into the list, the rest of it is discarded, so one error is reported, as graphql-js does.
            CompleteValue(field, itemType, materialized[i], result, i, path.Append(i));
        }
    }

    private void CompleteObject(ResolveContext field, ObjectType type, object value, ResultNode node, int index, bool nonNull, ResponsePath path)
    {
        if (type.IsTypeOf is not null && !type.IsTypeOf(value, field))
        {
            throw new FieldErrorException($"Expected value of type \"{type.Name}\" but got: {Inspector.Inspect(value)}.");
        }

        var plan = _context.GetPlan(type, field.Plan);
        var map = new ResultMap(plan.Keys, node, index, nonNull);
        node.Values[index] = map;
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            EnqueueField(type, value, fields[i], map, i, path);
        }
    }

    /// <summary>ResolveAbstractType (§6.4.3): the type's resolver, a <c>__typename</c> entry, or each possible type's IsTypeOf.</summary>
    private ObjectType ResolveAbstractType(ResolveContext field, NamedType abstractType, object value)
    {
        var resolveType = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        var typeName = resolveType?.Invoke(value, field);
        if (typeName is null && value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var declared))
        {
            typeName = declared as string;
        }

        if (typeName is null && value is IDictionary<string, object?> dictionary && dictionary.TryGetValue("__typename", out var named))
        {
            typeName = named as string;
        }

        var schema = _context.Schema;
        if (typeName is null)
        {
            foreach (var candidate in schema.GetPossibleTypes(abstractType))
            {
                if (candidate.IsTypeOf is not null && candidate.IsTypeOf(value, field))
                {
                    return candidate;
                }
            }

            throw new FieldErrorException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.FieldName}\". "
                + $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtimeType = schema.GetType(typeName) switch
        {
            null => throw new FieldErrorException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."),
            ObjectType objectType => objectType,
            _ => throw new FieldErrorException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\"."),
        };

        if (!schema.IsSubType(abstractType, runtimeType))
        {
            throw new FieldErrorException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return runtimeType;
    }

    private void HandleFieldError(ResolveContext field, ResponsePath? path, Exception exception, ResultNode node, int index, bool nonNull)
    {
        switch (exception)
        {
            case GraphQLException domain:
                AddFieldError(field, path, domain.Message, GraphQLErrorCodes.InternalServerError, domain.Extensions, exception);
                break;
            case FieldErrorException engine:
                AddFieldError(field, path, engine.Message, engine.Code, null, exception, engine.Node);
                break;
            case ValueCoercionException coercion:
                AddFieldError(field, path, coercion.Message, GraphQLErrorCodes.InternalServerError, null, exception);
                break;
            default:
                _context.Options.UnexpectedErrorObserver?.Invoke(exception, field);
                if (_context.Options.DevelopmentMode)
                {
                    var details = new Dictionary<string, object?>
                    {
                        ["exception"] = new Dictionary<string, object?>
                        {
                            ["type"] = exception.GetType().FullName,
                            ["message"] = exception.Message,
                            ["stackTrace"] = exception.StackTrace,
                        },
                    };
                    AddFieldError(field, path, exception.Message, GraphQLErrorCodes.InternalServerError, details, exception);
                }
                else
                {
                    AddFieldError(field, path, "Unexpected Execution Error", GraphQLErrorCodes.InternalServerError, null, exception);
                }

                break;
        }

        node.Values[index] = null;
        if (nonNull)
        {
            BubbleNull(node);
        }
    }

    private void AddFieldError(
        ResolveContext field,
        ResponsePath? path,
        string message,
        string code,
        IReadOnlyDictionary<string, object?>? extensions,
        Exception? exception = null,
        Language.SyntaxNode? at = null)
    {
        var start = (at ?? field.FieldNode).Location.StartLocation;
        ErrorLocation[] locations = start is { } s ? [new ErrorLocation(s.Line, s.Column)] : [];
        _context.AddError(ErrorFactory.Field(message, "6.4.4", locations, (path ?? field.Path).ToList(), code, extensions, exception));
    }

    /// <summary>Nulls <paramref name="node"/> in its parent and keeps going while the parent's slot is non-null (§6.4.4).</summary>
    private void BubbleNull(ResultNode node)
    {
        while (!node.IsNulled)
        {
            node.IsNulled = true;
            var parent = node.Parent;
            if (parent is null)
            {
                _dataNulled = true;
                return;
            }

            parent.Values[node.IndexInParent] = null;
            if (!node.NonNullInParent)
            {
                return;
            }

            node = parent;
        }
    }
}
