using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// Produces a field's value (GraphQL spec §6.4.2 "Value Resolution"). Return a completed
/// <see cref="ValueTask{TResult}"/> when the value is at hand: the executor then allocates no task.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
