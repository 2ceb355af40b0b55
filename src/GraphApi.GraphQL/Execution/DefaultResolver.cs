using System.Collections;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// The resolver of fields declared without one: reads the entry named like the field from a dictionary source,
/// with no reflection (GraphQL spec §6.4.2 leaves this to the implementation; graphql-js reads a property).
/// </summary>
public static class DefaultResolver
{
    public static object? Resolve(ResolveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.FieldName;
        return context.Source switch
        {
            IReadOnlyDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
            IDictionary<string, object?> dictionary => dictionary.TryGetValue(name, out var value) ? value : null,
            IDictionary legacy => legacy.Contains(name) ? legacy[name] : null,
            _ => null,
        };
    }
}
