using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Errors;

namespace GraphApi.Schema.Paging;

/// <summary>
/// Reads the Relay paging arguments (<c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>) of a field and checks
/// them before any store call: counts must lie in 0..<see cref="MaxPageSize"/> and cursors must decode. A field given
/// neither <c>first</c> nor <c>last</c> returns its first <see cref="DefaultPageSize"/> items (or its own default), so
/// no connection answers with an unbounded list; <c>pageInfo</c> tells the client whether more follow.
/// </summary>
internal static class PageArguments
{
    /// <summary>The largest page a client may ask for, so one request cannot pull the whole graph.</summary>
    public const int MaxPageSize = 500;

    /// <summary>The page a connection returns when the client gives neither <c>first</c> nor <c>last</c>.</summary>
    public const int DefaultPageSize = 100;

    /// <param name="defaultFirst">The field's own default page, when it has one (passages: 10).</param>
    public static PageRequest Read(ResolveContext context, int defaultFirst = DefaultPageSize)
    {
        var last = Count(context, "last");
        var first = Count(context, "first") ?? (last is null ? defaultFirst : null);
        var after = Cursor(context, "after");
        var before = Cursor(context, "before");
        return new PageRequest(first, after, last, before);
    }

    /// <summary>Declares <c>first</c> and <c>after</c>; <c>first</c> is described with the field's default page.</summary>
    public static FieldDefinition Forward(this FieldDefinition field, int defaultFirst = DefaultPageSize) => field
        .Argument("first", ScalarType.Int, $"At most this many items, 0 to {MaxPageSize}. Left out, with no last: {defaultFirst}; pageInfo.hasNextPage and endCursor say whether more follow.")
        .Argument("after", ScalarType.String);

    /// <summary>Declares <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>.</summary>
    public static FieldDefinition ForwardAndBackward(this FieldDefinition field) => field.Forward()
        .Argument("last", ScalarType.Int, $"At most this many items from the end (or from before), 0 to {MaxPageSize}, in place of the default page.")
        .Argument("before", ScalarType.String);

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
