using GraphApi.GraphQL.Types;

namespace GraphApi.Schema.Inputs;

/// <summary>The <c>where</c> and <c>order</c> input objects of the list roots.</summary>
internal static class FilterInputTypes
{
    public static IEnumerable<NamedType> Create() =>
    [
        new InputObjectType("EntityFilter", "Filters of entity lists; every given field must hold.")
            .Field("nameContains", ScalarType.String, "Part of the name, Arabic name or an alias. Case, diacritics, tatweel and Arabic letter variants are ignored (alif/hamza forms, ta marbuta, alif maqsura).")
            .Field("sourceId", ScalarType.ID, "Only entities mentioned in this source's body.")
            .Field("hasConflicts", ScalarType.Boolean, "Only entities that are subject, object or speaker of a conflicting claim (false: only those that are not)."),
        new InputObjectType("EntityOrder", "One order of an entity list.")
            .Field("field", new TypeReference("EntityOrderField").AsNonNull())
            .Field("direction", new TypeReference("OrderDirection").AsNonNull(), Types.OrderDirection.Ascending),
        new InputObjectType("ClaimFilter", "Filters of claim lists; every given field must hold.")
            .Field("kind", new TypeReference("ClaimKind"))
            .Field("entityId", ScalarType.ID, "Only claims in which this entity plays role.")
            .Field("role", new TypeReference("ClaimRole"), "The role entityId plays; ANY when omitted.")
            .Field("sourceId", ScalarType.ID, "Only claims read from this source.")
            .Field("speakerId", ScalarType.ID, "Only claims this entity asserts.")
            .Field("dateFrom", ScalarType.String, "Inclusive lower bound on the claim's date (else its source's publication date): YYYY, YYYY-MM or YYYY-MM-DD. Undated claims never match a date bound.")
            .Field("dateTo", ScalarType.String, "Inclusive upper bound, compared on the shorter prefix (2020 includes 2020-12-31).")
            .Field("hasConflicts", ScalarType.Boolean, "Only claims that take part in a conflict (false: only those that do not).")
            .Field("metric", ScalarType.String, "Quantity claims only: the curated metric slug, e.g. terrorist-cells-dismantled.")
            .Field("attributionKind", new TypeReference("AttributionKind"), "Only claims attributed this way (ANONYMOUS: what unnamed sources say).")
            .Field("modality", new TypeReference("Modality"), "Only claims stated this way (FUTURE: what is announced, not done)."),
        new InputObjectType("ClaimOrder", "One order of a claim list.")
            .Field("field", new TypeReference("ClaimOrderField").AsNonNull())
            .Field("direction", new TypeReference("OrderDirection").AsNonNull(), Types.OrderDirection.Ascending),
        new InputObjectType("SourceFilter", "Filters of the source list; every given field must hold.")
            .Field("outletId", ScalarType.ID, "Only sources published by this outlet.")
            .Field("language", ScalarType.String, "ISO 639-1 code, e.g. ar.")
            .Field("mentionsEntityId", ScalarType.ID, "Only sources whose body mentions this entity."),
        new InputObjectType("PassageFilter", "Filters of a passage search; every given field must hold.")
            .Field("sourceId", ScalarType.ID, "Only passages of this source.")
            .Field("outletId", ScalarType.ID, "Only passages of sources published by this outlet.")
            .Field("publishedFrom", ScalarType.String, "Inclusive lower bound on the source's publication date: YYYY, YYYY-MM or YYYY-MM-DD. Sources without a publication date never match a date bound.")
            .Field("publishedTo", ScalarType.String, "Inclusive upper bound, compared on the shorter prefix (2020 includes 2020-12-31)."),
    ];
}
