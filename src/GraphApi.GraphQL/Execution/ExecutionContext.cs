using System.Collections.Concurrent;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution.DataLoader;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>The state of one operation's execution (GraphQL spec §6.2 "Executing Operations"), shared by its resolvers.</summary>
internal sealed class ExecutionContext
{
    private readonly ConcurrentDictionary<(ObjectType, object), SelectionPlan>? _sharedPlans;
    private Dictionary<(ObjectType, object), SelectionPlan>? _plans;
    private Dictionary<FieldNode, IReadOnlyDictionary<string, object?>>? _arguments;
    private readonly Lock _errorsGate = new();
    private ConcurrentDictionary<string, object?>? _items;

    public ExecutionContext(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options,
        IServiceProvider? requestServices,
        CancellationToken cancellationToken,
        ConcurrentDictionary<(ObjectType, object), SelectionPlan>? sharedPlans = null)
    {
        _sharedPlans = sharedPlans;
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Options = options;
        RequestServices = requestServices;
        CancellationToken = cancellationToken;
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ExecutionOptions Options { get; }

    public IServiceProvider? RequestServices { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Created on first use; resolvers on other threads may race to create it, so only one instance wins.</summary>
    public IDictionary<string, object?> Items =>
        _items ?? Interlocked.CompareExchange(ref _items, new ConcurrentDictionary<string, object?>(StringComparer.Ordinal), null) ?? _items;

    public DataLoaderRegistry DataLoaders { get; } = new();

    public List<GraphQLError> Errors { get; } = [];

    public void AddError(GraphQLError error)
    {
        lock (_errorsGate)
        {
            Errors.Add(error);
        }
    }

    /// <summary>The collected fields of the operation's own selection set on its root type (§6.3.2).</summary>
    public SelectionPlan GetRootPlan(ObjectType rootType)
    {
        if (TryGetPlan((rootType, Operation), out var plan))
        {
            return plan;
        }

        plan = FieldCollector.Collect(this, rootType, [Operation.SelectionSet]);
        AddPlan((rootType, Operation), plan);
        return plan;
    }

    /// <summary>
    /// The collected fields of a sub-selection on a concrete type (§6.3.2), computed once per request, or once per
    /// operation when it has no variables (then no <c>@skip</c>/<c>@include</c> can change them, and the executor shares them).
    /// </summary>
    public SelectionPlan GetPlan(ObjectType type, FieldPlan parentField)
    {
        if (TryGetPlan((type, parentField), out var plan))
        {
            return plan;
        }

        var selectionSets = new List<SelectionSetNode>(parentField.FieldNodes.Count);
        foreach (var node in parentField.FieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                selectionSets.Add(node.SelectionSet);
            }
        }

        plan = FieldCollector.Collect(this, type, selectionSets);
        AddPlan((type, parentField), plan);
        return plan;
    }

    private bool TryGetPlan((ObjectType, object) key, out SelectionPlan plan)
    {
        if (_sharedPlans is not null)
        {
            return _sharedPlans.TryGetValue(key, out plan!);
        }

        plan = null!;
        return _plans is not null && _plans.TryGetValue(key, out plan!);
    }

    private void AddPlan((ObjectType, object) key, SelectionPlan plan)
    {
        if (_sharedPlans is not null)
        {
            _sharedPlans.TryAdd(key, plan);
            return;
        }

        (_plans ??= [])[key] = plan;
    }

    /// <summary>Coerced arguments of a field node; variables are fixed for the request, so they are computed once (§6.4.1).</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(FieldDefinition definition, FieldNode node)
    {
        if (definition.Arguments.Count == 0)
        {
            return ArgumentCoercion.Empty;
        }

        _arguments ??= [];
        if (!_arguments.TryGetValue(node, out var arguments))
        {
            arguments = ArgumentCoercion.Coerce(definition.Arguments, node.Arguments, Variables, node);
            _arguments[node] = arguments;
        }

        return arguments;
    }
}
