namespace GraphApi.GraphQL.Errors;

/// <summary>
/// The <c>extensions.code</c> of every error the engine raises. The first four are the codes Apollo Server and
/// HotChocolate send, so clients that key on them work unchanged; the rest name this engine's limits and failures.
/// </summary>
public static class GraphQLErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax (§2).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document breaks a validation rule (§5).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable or argument value is missing or of the wrong type (§6.1.2, §6.4.1), or a resolver refused it.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation to run cannot be chosen: none, several without an operation name, or an unknown name (§6.1).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The request has no document, or its variables are not a JSON object.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The operation's type (a subscription, or a mutation on a query-only schema) is not served (§6.2).</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>Introspection (<c>__schema</c>, <c>__type</c>) is switched off on this server.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Fields nest deeper than the depth limit.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>A selection set, or the whole operation, selects more fields than its limit.</summary>
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";

    /// <summary>The estimated cost (fields times list sizes) is over the limit.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>Execution ran past its time limit and was cancelled; <c>data</c> holds what finished.</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>The caller went away, so execution was cancelled.</summary>
    public const string ExecutionCancelled = "EXECUTION_CANCELLED";

    /// <summary>A resolver failed unexpectedly, or the engine could not complete a value; the details stay in the server log.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
