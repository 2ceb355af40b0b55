using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// An engine-raised field error (bad argument, wrong runtime type, non-iterable list) whose message is safe to show
/// in production, optionally located at a node other than the field (GraphQL spec §6.4.4 "Handling Field Errors").
/// Its <see cref="Code"/> says whose fault it is: the caller's argument (<see cref="GraphQLErrorCodes.BadUserInput"/>)
/// or the server's resolver (<see cref="GraphQLErrorCodes.InternalServerError"/>).
/// </summary>
internal sealed class FieldErrorException(string message, SyntaxNode? node = null, string code = GraphQLErrorCodes.InternalServerError) : Exception(message)
{
    public SyntaxNode? Node { get; } = node;

    public string Code { get; } = code;
}
