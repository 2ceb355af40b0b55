namespace GraphApi.GraphQL.AspNetCore;

/// <summary>The media types of GraphQL over HTTP (§"Media Types") and the others this endpoint serves.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL response media type; its status codes say whether execution started (§"application/graphql-response+json").</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy response media type; GraphQL errors still answer 200 (§"application/json").</summary>
    public const string Json = "application/json";

    /// <summary><see cref="Json"/> with its charset, as responses are labelled and as most clients label requests.</summary>
    public const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary><see cref="GraphQLResponse"/> with its charset, as responses are labelled.</summary>
    public const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";

    /// <summary>The schema download at <c>?sdl</c>.</summary>
    public const string PlainText = "text/plain";

    /// <summary>What a browser asks for, answered with Banana Cake Pop.</summary>
    public const string Html = "text/html";
}
