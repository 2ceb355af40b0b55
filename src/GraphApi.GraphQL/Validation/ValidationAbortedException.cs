namespace GraphApi.GraphQL.Validation;

/// <summary>Stops the walk once the error limit is reached; <see cref="DocumentValidator"/> catches it and returns the errors so far.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Too many validation errors, error limit reached. Validation aborted.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
