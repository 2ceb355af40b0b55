namespace GraphApi.Knowledge.Model;

/// <summary>A curated person, institution, event, place, programme or document. The id is the curator's slug (<c>person/habboub</c>).</summary>
public sealed record Entity : IGraphNode
{
    public required string Id { get; init; }

    public required EntityKind Kind { get; init; }

    /// <summary>English display name.</summary>
    public required string Name { get; init; }

    /// <summary>Arabic display name, null when the entity has none.</summary>
    public string? NameAr { get; init; }

    /// <summary>Every other form used to name the entity, Arabic and Latin, sorted ordinally.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>Institutions only: agency, ministry, outlet, … (free vocabulary documented in the format).</summary>
    public string? InstitutionType { get; init; }

    /// <summary>The entity this one is a part or organ of (for places: the containing place).</summary>
    public string? ParentId { get; init; }

    /// <summary>When true, a span naming this entity also mentions its <see cref="ParentId"/>.</summary>
    public bool PartMention { get; init; }

    /// <summary>Entities that a span naming this entity also mentions (a general assembly mentions its organisation).</summary>
    public IReadOnlyList<string> MentionsAlso { get; init; } = [];

    /// <summary>Events only: ISO date, <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    public string? Date { get; init; }

    public string? DatePrecision { get; init; }

    /// <summary>Events only: where it took place.</summary>
    public string? PlaceId { get; init; }

    /// <summary>True for an entity only ever named inside another entity's name.</summary>
    public bool PartOfNameOnly { get; init; }

    /// <summary>Documents only: the body that issued it (the State Department for its Country Reports).</summary>
    public string? PublisherId { get; init; }

    public NodeKind NodeKind => Kind.ToNodeKind();

    public string DisplayName => Name;

    /// <summary>Every name the linker and the search match: name, Arabic name and aliases.</summary>
    public IEnumerable<string> AllNames()
    {
        yield return Name;
        if (NameAr is not null)
        {
            yield return NameAr;
        }

        foreach (var alias in Aliases)
        {
            yield return alias;
        }
    }
}
