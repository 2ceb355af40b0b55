namespace GraphApi.Knowledge.Model;

/// <summary>The one mapping from an entity's kind to its node kind.</summary>
public static class EntityKindExtensions
{
    /// <summary>The <see cref="NodeKind"/> of the same name; a kind added to <see cref="EntityKind"/> without one here is refused, never guessed.</summary>
    public static NodeKind ToNodeKind(this EntityKind kind) => kind switch
    {
        EntityKind.Person => NodeKind.Person,
        EntityKind.Institution => NodeKind.Institution,
        EntityKind.Event => NodeKind.Event,
        EntityKind.Place => NodeKind.Place,
        EntityKind.Program => NodeKind.Program,
        EntityKind.Document => NodeKind.Document,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This entity kind has no node kind; add it to NodeKind and to this mapping."),
    };
}
