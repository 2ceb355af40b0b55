using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Executes requests against one schema: parse → validate → check limits → coerce variables → execute
/// (GraphQL spec §6 "Execution"). Bad input always yields an <see cref="ExecutionResult"/> with errors, never an exception.
/// Thread-safe; create one per schema and reuse it.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly DocumentCache? _cache;

    // What the executor works out from an operation alone, kept for as long as the operation's document is alive
    // (the document cache holds it): a repeated request then allocates neither the fragment map nor a limits analysis.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<OperationDefinitionNode, OperationFacts> _operations = new();

    public GraphQLExecutor(GraphQLSchema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
        if (Options.DocumentCacheCapacity > 0)
        {
            _cache = new DocumentCache(Options.DocumentCacheCapacity);
        }
    }

    public GraphQLSchema Schema { get; }

    public ExecutionOptions Options { get; }

    /// <summary>The document cache, or null when disabled.</summary>
    public DocumentCache? DocumentCache => _cache;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request);
        if (prepared.ValidationErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(prepared.ValidationErrors);
        }

        var document = prepared.Document;
        var operation = SelectOperation(document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.FromError(operationError!);
        }

        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null || operation.Operation == OperationType.Subscription)
        {
            var message = rootType is null
                ? $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation."
                : "Subscriptions are not supported by this executor; use a query or mutation.";
            return ExecutionResult.FromError(ErrorFactory.Request(message, "6.2", GraphQLErrorCodes.OperationNotSupported, Locate(operation)));
        }

        IReadOnlyDictionary<string, object?>? inputs;
        try
        {
            inputs = request.Variables ?? (request.VariablesJson is { } json ? JsonVariables.ToVariables(json) : null);
        }
        catch (ArgumentException ex)
        {
            return ExecutionResult.FromError(ErrorFactory.Request(ex.Message, "6.1.2", GraphQLErrorCodes.BadRequest));
        }

        var facts = _cache is null ? new OperationFacts() : _operations.GetValue(operation, static _ => new OperationFacts());
        var limitErrors = CheckLimits(facts, document, operation, inputs);
        if (limitErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(limitErrors);
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, operation, inputs, variableErrors, Options.Limits.MaxValidationErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(variableErrors);
        }

        // One source both follows the caller's token and times out: a timeout is a cancellation the caller did not ask for.
        var limit = Options.Limits.Timeout;
        using var timeout = limit is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout?.CancelAfter(limit!.Value);
        var token = timeout?.Token ?? cancellationToken;
        var sharedPlans = operation.VariableDefinitions.Count == 0 && _cache is not null ? facts.Plans : null;
        var context = new ExecutionContext(Schema, operation, facts.Fragments ??= Fragments(document), variables, Options, request.RequestServices, token, sharedPlans);
        var engine = new ExecutionEngine(context);
        try
        {
            var data = await RunWithoutSynchronizationContext(engine, rootType, request.RootValue).ConfigureAwait(false);
            return ExecutionResult.FromData(data, context.Errors);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            var timedOut = timeout is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested;
            var message = timedOut
                ? $"Execution timed out after {Options.Limits.Timeout!.Value.TotalMilliseconds:0} ms."
                : "Execution was cancelled.";
            context.AddError(ErrorFactory.Request(message, "6", timedOut ? GraphQLErrorCodes.ExecutionTimeout : GraphQLErrorCodes.ExecutionCancelled));
            return ExecutionResult.FromData(null, context.Errors);
        }
    }

    /// <summary>
    /// Starts the engine with no synchronization context, so resolvers started on the caller's thread do not capture
    /// one: their continuations then run as soon as a data-loader batch completes, before the scheduler looks for the
    /// next batch. A captured context (xUnit's, a UI's) would defer them and split batches.
    /// </summary>
    private static ValueTask<ResultMap?> RunWithoutSynchronizationContext(ExecutionEngine engine, ObjectType rootType, object? rootValue)
    {
        var previous = SynchronizationContext.Current;
        if (previous is null)
        {
            return engine.ExecuteAsync(rootType, rootValue);
        }

        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return engine.ExecuteAsync(rootType, rootValue);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>Parses and validates, or takes both from the document cache.</summary>
    private CachedDocument Prepare(ExecutionRequest request)
    {
        if (request.Document is { } given)
        {
            if (_cache is null || string.IsNullOrEmpty(request.Query))
            {
                return new CachedDocument(string.Empty, given, Validate(given));
            }

            if (_cache.TryGet(request.Query, out var known))
            {
                return known;
            }

            var validated = new CachedDocument(request.Query, given, Validate(given));
            _cache.Add(request.Query, validated);
            return validated;
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return new CachedDocument(string.Empty, new DocumentNode([]), [ErrorFactory.Request("Must provide query string.", "6.1", GraphQLErrorCodes.BadRequest)]);
        }

        var query = request.Query;
        if (_cache is not null && _cache.TryGet(query, out var cached))
        {
            return cached;
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query, Options.ParserOptions);
        }
        catch (GraphQLSyntaxError ex)
        {
            // Syntax errors are not cached: they are cheap to find again and would let junk evict good entries.
            return new CachedDocument(query, new DocumentNode([]), [ErrorFactory.Syntax(ex.Description, ex.Line, ex.Column)]);
        }

        var prepared = new CachedDocument(query, document, Validate(document));
        _cache?.Add(query, prepared);
        return prepared;
    }

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document) =>
        Options.Validator?.Invoke(Schema, document, Options.Limits.MaxValidationErrors) ?? [];

    /// <summary>GetOperation (§6.1 "Executing Requests").</summary>
    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        OperationDefinitionNode? selected = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (selected is not null)
                {
                    error = ErrorFactory.Request("Must provide operation name if query contains multiple operations.", "6.1", GraphQLErrorCodes.OperationResolutionFailure);
                    return null;
                }

                selected = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (selected is null)
        {
            error = ErrorFactory.Request(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".", "6.1", GraphQLErrorCodes.OperationResolutionFailure);
        }

        return selected;
    }

    /// <summary>
    /// The limits do not depend on the request when the operation declares no variable and none are given: the verdict is
    /// then the operation's own and is worked out once.
    /// </summary>
    private IReadOnlyList<GraphQLError> CheckLimits(OperationFacts facts, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs)
    {
        if (operation.VariableDefinitions.Count > 0 || inputs is { Count: > 0 })
        {
            return ExecutionLimitsAnalyzer.Check(Schema, document, operation, Options.Limits, inputs);
        }

        return facts.LimitErrors ??= ExecutionLimitsAnalyzer.Check(Schema, document, operation, Options.Limits, inputs);
    }

    private static IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments(DocumentNode document)
    {
        if (!document.Definitions.Any(definition => definition is FragmentDefinitionNode))
        {
            return NoFragments;
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return fragments;
    }

    private static readonly IReadOnlyDictionary<string, FragmentDefinitionNode> NoFragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);

    /// <summary>Filled on first use; two requests racing compute the same values, and either may be kept.</summary>
    private sealed class OperationFacts
    {
        public IReadOnlyDictionary<string, FragmentDefinitionNode>? Fragments { get; set; }

        public IReadOnlyList<GraphQLError>? LimitErrors { get; set; }

        /// <summary>The selection plans of an operation without variables, which are the same for every request.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<(ObjectType, object), SelectionPlan> Plans =>
            _plans ?? Interlocked.CompareExchange(ref _plans, new(), null) ?? _plans;

        private System.Collections.Concurrent.ConcurrentDictionary<(ObjectType, object), SelectionPlan>? _plans;
    }

    private static ErrorLocation[] Locate(SyntaxNode node) =>
        node.Location.StartLocation is { } start ? [new ErrorLocation(start.Line, start.Column)] : [];
}
