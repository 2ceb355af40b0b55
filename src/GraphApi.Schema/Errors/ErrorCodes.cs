using GraphApi.GraphQL.Errors;

namespace GraphApi.Schema.Errors;

/// <summary>
/// The <c>extensions.code</c> values this schema's resolvers report, so clients can react without parsing messages.
/// The engine's own codes are in <see cref="GraphQLErrorCodes"/>; docs/error-codes.md lists them all.
/// </summary>
public static class ErrorCodes
{
    /// <summary>An <c>after</c>/<c>before</c> argument that is not a cursor this API returned.</summary>
    public const string BadCursor = "BAD_CURSOR";

    /// <summary>An argument or filter value outside what the field accepts (a negative <c>first</c>, a date that is not ISO).</summary>
    public const string BadUserInput = GraphQLErrorCodes.BadUserInput;
}
