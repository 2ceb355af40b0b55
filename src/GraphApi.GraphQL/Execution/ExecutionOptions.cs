using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Execution;

/// <summary>How a <see cref="GraphQLExecutor"/> treats requests.</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// When true, an unexpected resolver exception reports its message, and its type and stack trace under
    /// <c>extensions.exception</c>. When false (production) the client only sees "Unexpected Execution Error".
    /// </summary>
    public bool DevelopmentMode { get; init; }

    /// <summary>When false, <c>__schema</c> and <c>__type</c> fail with a field error; <c>__typename</c> still works.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>Limits checked before execution, and the execution timeout.</summary>
    public ExecutionLimits Limits { get; init; } = ExecutionLimits.Default;

    /// <summary>How many parsed and validated documents to keep, keyed by query text; 0 disables the cache.</summary>
    public int DocumentCacheCapacity { get; init; } = 1000;

    /// <summary>Options for the parser.</summary>
    public ParserOptions? ParserOptions { get; init; }

    /// <summary>
    /// Validates a document before execution (GraphQL spec §5), given the schema, document and maximum number of errors.
    /// Defaults to all specified rules (<see cref="DocumentValidator"/>); null skips validation, for trusted documents.
    /// </summary>
    public Func<GraphQLSchema, DocumentNode, int, IReadOnlyList<GraphQLError>>? Validator { get; init; } = DocumentValidator.Validate;

    /// <summary>Observes unexpected resolver exceptions, for logging; it must not throw.</summary>
    public Action<Exception, ResolveContext>? UnexpectedErrorObserver { get; init; }
}
