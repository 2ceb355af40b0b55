using GraphApi.GraphQL.Errors;

namespace GraphApi.Schema.Errors;

/// <summary>
/// Builds the field errors for bad arguments. They are <see cref="GraphQLException"/>s, so the message and
/// <c>extensions.code</c> reach the client unchanged (house style §7: errors are data; §9: say what was expected).
/// </summary>
internal static class InputErrors
{
    public static GraphQLException BadUserInput(string message) => new(message, ErrorCodes.BadUserInput);

    public static GraphQLException BadCursor(string argument, string cursor) =>
        new($"Argument \"{argument}\" is not a cursor returned by this API: \"{cursor}\". Use a cursor from edges.cursor or pageInfo of the same list.", ErrorCodes.BadCursor);
}
