using System.Text.Json;

namespace GraphApi.GraphQL.AspNetCore.Tests.Transport;

/// <summary>
/// A stand-in engine for the transport's own rules: it recognises a few documents by their text, so each HTTP rule
/// is tested without depending on the parser. It records the last request it was given.
/// </summary>
internal sealed class ScriptedExecutor : IGraphQLRequestExecutor
{
    public const string Sdl = "type Query {\n  hello: String\n}\n";

    public GraphQLHttpRequest? LastRequest { get; private set; }

    public int Executions { get; private set; }

    public Task<GraphQLResponse> ExecuteAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        LastRequest = request;
        if (request.Query.Contains("crash", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("secret internal detail");
        }

        if (request.Query.StartsWith("mutation", StringComparison.Ordinal) && request.IsGet)
        {
            return Task.FromResult<GraphQLResponse>(new ErrorsOnly(GraphQLResponseKind.OperationNotAllowedOnGet, "Mutations cannot be sent by GET."));
        }

        if (request.Query == "{")
        {
            return Task.FromResult<GraphQLResponse>(new ErrorsOnly(GraphQLResponseKind.RequestError, "Syntax Error: Expected Name, found <EOF>."));
        }

        Executions++;
        return Task.FromResult<GraphQLResponse>(new Echo(request));
    }

    public string PrintSchema() => Sdl;

    private sealed class ErrorsOnly(GraphQLResponseKind kind, string message) : GraphQLResponse
    {
        public override GraphQLResponseKind Kind => kind;

        public override void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    // Echoes what the transport read, so tests can check parameters arrive intact.
    private sealed class Echo(GraphQLHttpRequest request) : GraphQLResponse
    {
        public override GraphQLResponseKind Kind => GraphQLResponseKind.Executed;

        public override void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteString("query", request.Query);
            writer.WriteString("operationName", request.OperationName);
            writer.WritePropertyName("variables");
            if (request.Variables is { } variables)
            {
                variables.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteBoolean("isGet", request.IsGet);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }
}
