using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Connects the transport to our engine (<see cref="GraphQLExecutor"/>): it refuses mutations sent by GET before they
/// run (GraphQL over HTTP §"GET"), and tells from <see cref="ExecutionResult.HasData"/> whether execution started.
/// </summary>
public sealed class GraphQLEngineExecutor : IGraphQLRequestExecutor
{
    private readonly GraphQLExecutor _executor;
    private readonly Func<GraphQLSchema, string>? _printSchema;
    private string? _sdl;
    private IReadOnlyDictionary<string, IReadOnlyList<string>>? _possibleTypes;

    /// <param name="executor">The engine, with its limits, validator and introspection switch.</param>
    /// <param name="printSchema">Prints the schema as SDL for <c>?sdl</c>; null when there is no printer.</param>
    public GraphQLEngineExecutor(GraphQLExecutor executor, Func<GraphQLSchema, string>? printSchema)
    {
        ArgumentNullException.ThrowIfNull(executor);
        _executor = executor;
        _printSchema = printSchema;
    }

    public async Task<GraphQLResponse> ExecuteAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var executionRequest = new ExecutionRequest
        {
            Query = request.Query,
            OperationName = request.OperationName,
            VariablesJson = request.Variables,
            RequestServices = request.RequestServices,
        };

        if (request.IsGet)
        {
            var refusal = RefuseNonQueryOnGet(request, _executor.Options.ParserOptions, out var document);
            if (refusal is not null)
            {
                return refusal;
            }

            // The document is parsed already; handing it over saves the engine a second parse.
            if (document is not null)
            {
                executionRequest = executionRequest with { Query = null, Document = document };
            }
        }

        var result = await _executor.ExecuteAsync(executionRequest, cancellationToken).ConfigureAwait(false);
        return new ExecutionResultResponse(result);
    }

    public string? PrintSchema() => _printSchema is null ? null : _sdl ??= _printSchema(_executor.Schema);

    /// <summary>The schema's interfaces and unions (introspection's own types left out), each with its object types, all ordered by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PossibleTypes() => _possibleTypes ??= CollectPossibleTypes(_executor.Schema);

    private static SortedDictionary<string, IReadOnlyList<string>> CollectPossibleTypes(GraphQLSchema schema)
    {
        var possibleTypes = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var type in schema.TypeMap.Values)
        {
            if (type is InterfaceType or UnionType && !type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                possibleTypes[type.Name] = [.. schema.GetPossibleTypes(type).Select(t => t.Name).Order(StringComparer.Ordinal)];
            }
        }

        return possibleTypes;
    }

    /// <summary>
    /// GraphQL over HTTP §"GET": a mutation selected by a GET request must not run. A document that does not parse, or
    /// whose operation cannot be selected, goes on to the engine, which reports the error in the usual way.
    /// </summary>
    private static GraphQLResponse? RefuseNonQueryOnGet(GraphQLHttpRequest request, ParserOptions? parserOptions, out DocumentNode? document)
    {
        try
        {
            document = Parser.Parse(request.Query, parserOptions);
        }
        catch (GraphQLSyntaxError)
        {
            document = null;
            return null;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var selected = request.OperationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(operation => operation.Name?.Value == request.OperationName);
        if (selected is null || selected.Operation == OperationType.Query)
        {
            return null;
        }

        var kind = selected.Operation.ToString().ToLowerInvariant();
        return new RefusedOnGet($"A {kind} cannot be sent by GET; send it by POST.");
    }

    private sealed class ExecutionResultResponse(ExecutionResult result) : GraphQLResponse
    {
        public override GraphQLResponseKind Kind => result.HasData ? GraphQLResponseKind.Executed : GraphQLResponseKind.RequestError;

        public override void WriteTo(Utf8JsonWriter writer) => result.WriteTo(writer);
    }

    private sealed class RefusedOnGet(string message) : GraphQLResponse
    {
        public override GraphQLResponseKind Kind => GraphQLResponseKind.OperationNotAllowedOnGet;

        public override void WriteTo(Utf8JsonWriter writer)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", GraphQLHttpErrorCodes.MethodNotAllowed);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
