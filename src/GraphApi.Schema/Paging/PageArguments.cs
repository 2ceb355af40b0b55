using GraphApi.GraphQL.Execution;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Errors;

namespace GraphApi.Schema.Paging;

/// <summary>
/// Reads the Relay paging arguments (<c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>) of a field and checks
/// them before any store call: counts must lie in 0..<see cref="MaxPageSize"/> and cursors must decode.
/// </summary>
internal static class PageArguments
{
    /// <summary>The largest page a client may ask for, so one request cannot pull the whole graph.</summary>
    public const int MaxPageSize = 500;

    public static PageRequest Read(ResolveContext context, int? defaultFirst = null)
    {
        var first = Count(context, "first") ?? (context.HasArgument("last") ? null : defaultFirst);
        var last = Count(context, "last");
        var after = Cursor(context, "after");
        var before = Cursor(context, "before");
        return new PageRequest(first, after, last, before);
    }

    public static int? Count(ResolveContext context, string name)
    {
        if (!context.HasArgument(name) || context.Arguments[name] is null)
        {
            return null;
        }

        var value = context.Argument<int>(name);
        if (value < 0 || value > MaxPageSize)
        {
            throw InputErrors.BadUserInput($"Argument \"{name}\" of {context.ParentType.Name}.{context.FieldName} must be between 0 and {MaxPageSize} (got {value}).");
        }

        return value;
    }

    private static string? Cursor(ResolveContext context, string name)
    {
        var cursor = context.Argument<string?>(name);
        if (cursor is null)
        {
            return null;
        }

        try
        {
            _ = PageCursor.Decode(cursor);
        }
        catch (ArgumentException)
        {
            throw InputErrors.BadCursor(name, cursor);
        }

        return cursor;
    }
}
