using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// An engine-raised field error (bad argument, wrong runtime type, non-iterable list) whose message is safe to show
/// in production, optionally located at a node other than the field (GraphQL spec §6.4.4 "Handling Field Errors").
/// </summary>
internal sealed class FieldErrorException(string message, SyntaxNode? node = null) : Exception(message)
{
    public SyntaxNode? Node { get; } = node;
}
