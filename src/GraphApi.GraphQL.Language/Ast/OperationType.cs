namespace GraphApi.GraphQL.Language;

/// <summary>The three operation types (spec 2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
