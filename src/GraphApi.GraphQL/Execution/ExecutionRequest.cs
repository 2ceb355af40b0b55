using System.Text.Json;
using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Execution;

/// <summary>A GraphQL request (GraphQL spec §6 "Execution": document, operation name, variable values, initial value).</summary>
public sealed record ExecutionRequest
{
    /// <summary>The query text; with <see cref="Document"/> also set it is only the document cache key.</summary>
    public string? Query { get; init; }

    /// <summary>
    /// An already parsed document; it is still validated, once per <see cref="Query"/> text when that is given too
    /// (the document must then be the parse of that text).
    /// </summary>
    public DocumentNode? Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as plain values (numbers, strings, booleans, lists, string-keyed dictionaries).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Variable values as a JSON object, as transports receive them; used when <see cref="Variables"/> is null.</summary>
    public JsonElement? VariablesJson { get; init; }

    /// <summary>The value root fields see as <see cref="ResolveContext.Source"/>.</summary>
    public object? RootValue { get; init; }

    public IServiceProvider? RequestServices { get; init; }
}
