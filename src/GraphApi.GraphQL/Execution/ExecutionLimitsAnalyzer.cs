using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Introspection;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Checks an operation against <see cref="ExecutionLimits"/> before execution: depth, fields per selection set, total
/// fields and estimated cost. Fragments are expanded; each field costs the product of its ancestors' list sizes. A
/// Relay connection takes <c>first</c>/<c>last</c> on the connection field while its lists are <c>edges</c> and <c>nodes</c>
/// below it, so a size given on a field that is not a list carries down to the lists in its selection.
/// The spec leaves such limits to implementations (§6.1 and "Security" notes); these are the engine's.
/// </summary>
internal sealed class ExecutionLimitsAnalyzer
{
    private const string Section = "6.1";
    private readonly GraphQLSchema _schema;
    private readonly ExecutionLimits _limits;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fragmentStack = new(StringComparer.Ordinal);
    private readonly List<GraphQLError> _errors = [];
    private long _totalFields;
    private long _cost;

    private ExecutionLimitsAnalyzer(GraphQLSchema schema, DocumentNode document, ExecutionLimits limits, IReadOnlyDictionary<string, object?>? variables)
    {
        _schema = schema;
        _limits = limits;
        _variables = variables;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public static IReadOnlyList<GraphQLError> Check(
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        ExecutionLimits limits,
        IReadOnlyDictionary<string, object?>? variables)
    {
        var analyzer = new ExecutionLimitsAnalyzer(schema, document, limits, variables);
        analyzer.Walk(operation.SelectionSet, schema.GetRootType(operation.Operation), 1, 1, null);
        if (analyzer._errors.Count == 0 && analyzer._totalFields > limits.MaxTotalFields)
        {
            analyzer._errors.Add(ErrorFactory.Request(
                $"The operation selects {analyzer._totalFields} fields, more than the maximum of {limits.MaxTotalFields}.", Section, GraphQLErrorCodes.MaxFieldsExceeded, Locate(operation)));
        }

        if (analyzer._errors.Count == 0 && analyzer._cost > limits.MaxCost)
        {
            analyzer._errors.Add(ErrorFactory.Request(
                $"The operation has an estimated cost of {analyzer._cost}, more than the maximum of {limits.MaxCost}. "
                + $"Lists count as many items as their \"first\" or \"last\" argument, or {limits.DefaultListSize} without one; ask for smaller pages.",
                Section,
                GraphQLErrorCodes.MaxCostExceeded,
                Locate(operation)));
        }

        return analyzer._errors;
    }

    /// <param name="pageSize">The <c>first</c>/<c>last</c> of the connection field above, for the lists of this selection set.</param>
    private void Walk(SelectionSetNode selectionSet, NamedType? parentType, int depth, long multiplier, long? pageSize)
    {
        var fields = new List<(FieldNode Field, NamedType? Parent)>();
        Flatten(selectionSet, parentType, fields);
        if (fields.Count > _limits.MaxFieldsPerSelectionSet)
        {
            _errors.Add(ErrorFactory.Request(
                $"A selection set on \"{parentType?.Name ?? "?"}\" has {fields.Count} fields, more than the maximum of {_limits.MaxFieldsPerSelectionSet}.",
                Section,
                GraphQLErrorCodes.MaxFieldsExceeded,
                Locate(selectionSet)));
            return;
        }

        foreach (var (field, parent) in fields)
        {
            _totalFields++;
            _cost += multiplier;
            if (_totalFields > _limits.MaxTotalFields || _cost > _limits.MaxCost)
            {
                return;
            }

            if (field.SelectionSet is null)
            {
                continue;
            }

            if (depth + 1 > _limits.MaxDepth)
            {
                _errors.Add(ErrorFactory.Request(
                    $"The operation is nested deeper than the maximum depth of {_limits.MaxDepth} at field \"{field.Name.Value}\".",
                    Section,
                    GraphQLErrorCodes.MaxDepthExceeded,
                    Locate(field)));
                return;
            }

            var definition = FindField(parent, field.Name.Value);
            var childMultiplier = multiplier;
            var size = PageSize(field);
            long? childPageSize = null;
            // Introspection lists are bounded by the schema, not by data, so they do not multiply the cost.
            if (definition is not null && IsList(definition.Type) && parent?.Name.StartsWith("__", StringComparison.Ordinal) != true)
            {
                childMultiplier = Math.Min(multiplier * (size ?? pageSize ?? Math.Max(_limits.DefaultListSize, 1)), long.MaxValue / 1024);
            }
            else if (definition is not null && !IsList(definition.Type))
            {
                childPageSize = size;
            }

            Walk(field.SelectionSet, definition?.Type.GetNamedType(), depth + 1, childMultiplier, childPageSize);
            if (_errors.Count > 0)
            {
                return;
            }
        }
    }

    private void Flatten(SelectionSetNode selectionSet, NamedType? parentType, List<(FieldNode, NamedType?)> fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            // Spreads can double at every level (fragment "billion laughs"); past the limit the count is already an error.
            if (fields.Count > _limits.MaxFieldsPerSelectionSet)
            {
                return;
            }

            switch (selection)
            {
                case FieldNode field:
                    fields.Add((field, parentType));
                    break;
                case InlineFragmentNode inline:
                    Flatten(inline.SelectionSet, inline.TypeCondition is null ? parentType : _schema.GetType(inline.TypeCondition.Name.Value), fields);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (_fragments.TryGetValue(name, out var fragment) && _fragmentStack.Add(name))
                    {
                        Flatten(fragment.SelectionSet, _schema.GetType(fragment.TypeCondition.Name.Value), fields);
                        _fragmentStack.Remove(name);
                    }

                    break;
            }
        }
    }

    private FieldDefinition? FindField(NamedType? parent, string name)
    {
        if (name == "__schema")
        {
            return IntrospectionTypes.SchemaField;
        }

        if (name == "__type")
        {
            return IntrospectionTypes.TypeField;
        }

        return (parent as ComplexType)?.GetField(name);
    }

    private static bool IsList(GraphQLType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ListType;

    /// <summary>The field's <c>first</c> or <c>last</c> (at least 1), or null when it has neither.</summary>
    private long? PageSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is not ("first" or "last"))
            {
                continue;
            }

            var value = argument.Value switch
            {
                IntValueNode literal when long.TryParse(literal.Value, out var parsed) => parsed,
                VariableNode variable when _variables is not null && _variables.TryGetValue(variable.Name.Value, out var given) && given is int or long =>
                    Convert.ToInt64(_variables[variable.Name.Value], System.Globalization.CultureInfo.InvariantCulture),
                _ => -1,
            };
            if (value >= 0)
            {
                return Math.Max(value, 1);
            }
        }

        return null;
    }

    private static ErrorLocation[] Locate(SyntaxNode node) =>
        node.Location.StartLocation is { } start ? [new ErrorLocation(start.Line, start.Column)] : [];
}
