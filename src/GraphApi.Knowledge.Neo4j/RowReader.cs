using System.Globalization;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Turns the maps of <see cref="CypherQueries"/>' projections back into model records. A missing required value means
/// the node was not written by this version of the store (a partition in the old document layout, say), which is an
/// error naming the node, never a silent default.
/// </summary>
internal static class RowReader
{
    public static Entity Entity(object? value)
    {
        var map = Map(value, "entity");
        return new Entity
        {
            Id = Required(map, "id", "entity"),
            Kind = GraphModel.KindOf(Strings(map, "labels")),
            Name = Required(map, "name", "entity"),
            NameAr = String(map, "nameAr"),
            Aliases = Strings(map, "aliases"),
            Description = String(map, "description"),
            InstitutionType = String(map, "institutionType"),
            ParentId = String(map, "parentId"),
            PartMention = Bool(map, "partMention"),
            MentionsAlso = Strings(map, "mentionsAlso"),
            Date = String(map, "date"),
            DatePrecision = String(map, "datePrecision"),
            PlaceId = String(map, "placeId"),
            PartOfNameOnly = Bool(map, "partOfNameOnly"),
            PublisherId = String(map, "publisherId"),
        };
    }

    public static Claim Claim(object? value)
    {
        var map = Map(value, "claim");
        var id = Required(map, "id", "claim");
        var metric = String(map, "metric");
        return new Claim
        {
            Id = id,
            Kind = Enum.Parse<ClaimKind>(Required(map, "kind", id)),
            SourceId = Required(map, "sourceId", id),
            SubjectId = String(map, "subjectId"),
            ObjectId = String(map, "objectId"),
            SpeakerId = String(map, "speakerId"),
            About = [.. List(map, "about").Select(a => (IReadOnlyList<object?>)a!).OrderBy(a => Convert.ToInt64(a[0], CultureInfo.InvariantCulture)).Select(a => (string)a[1]!)],
            Predicate = String(map, "predicate"),
            Role = String(map, "role"),
            RoleAr = String(map, "roleAr"),
            Text = String(map, "text"),
            TextAr = String(map, "textAr"),
            Quantity = metric is null ? null : new Quantity(
                metric,
                decimal.Parse(Required(map, "valueText", id), NumberStyles.Number, CultureInfo.InvariantCulture),
                Enum.Parse<QuantityQualifier>(Required(map, "qualifier", id)),
                String(map, "unit"),
                String(map, "since"),
                String(map, "asOf")),
            PeriodFrom = String(map, "periodFrom"),
            PeriodTo = String(map, "periodTo"),
            Date = String(map, "date"),
            Attribution = new Attribution(
                Enum.Parse<AttributionKind>(Required(map, "attributionKind", id)),
                String(map, "affiliationId"),
                Phrase(map, "attributionText", "attributionEn", "attributionStart", "attributionEnd")),
            Modality = Enum.Parse<Modality>(Required(map, "modality", id)),
            DateAsWritten = Phrase(map, "dateAsWritten", "dateAsWrittenEn", "dateAsWrittenStart", "dateAsWrittenEnd"),
            Note = String(map, "note"),
            Evidence = [.. List(map, "evidence").Select(e => Map(e, id)).OrderBy(e => Int(e, "position")).Select(e => Evidence(e, id))],
            Origin = Required(map, "origin", id),
            WasGeneratedBy = Required(map, "wasGeneratedBy", id),
            Extraction = map.GetValueOrDefault("reviewed") is false
                ? new ClaimExtraction(Required(map, "extractionMethod", id), Double(map, "extractionConfidence"), Required(map, "extractionCue", id))
                : null,
        };
    }

    public static Candidate Candidate(object? value)
    {
        var map = Map(value, "candidate");
        var id = Required(map, "id", "candidate");
        return new Candidate(
            id,
            Required(map, "name", id),
            Enum.Parse<EntityKind>(Required(map, "kind", id)),
            Required(map, "cue", id),
            Double(map, "confidence"),
            [.. List(map, "occurrences").Select(o => Map(o, id)).OrderBy(o => Int(o, "position"))
                .Select(o => new CandidateOccurrence(Required(o, "sourceId", id), Int(o, "start"), Int(o, "end"), Required(o, "text", id), Required(o, "sentence", id)))]);
    }

    public static Source Source(object? value)
    {
        var map = Map(value, "source");
        var id = Required(map, "id", "source");
        var starts = List(map, "bodyStarts");
        var ends = List(map, "bodyEnds");
        return new Source
        {
            Id = id,
            FileName = Required(map, "fileName", id),
            Title = String(map, "title"),
            TitleEn = String(map, "titleEn"),
            OutletId = String(map, "outletId"),
            Published = String(map, "published"),
            Language = String(map, "language"),
            Url = String(map, "url"),
            Chain = [.. List(map, "chain").Select(c => Map(c, id)).OrderBy(c => Int(c, "position"))
                .Select(c => new ReportingLink(Required(c, "entityId", id), Required(c, "role", id), String(c, "note")))],
            Body = [.. starts.Zip(ends, (s, e) => new TextSpan(ToInt(s), ToInt(e)))],
            Text = Required(map, "text", id),
            ContentHash = Required(map, "contentHash", id),
            Visibility = String(map, "visibility") is { } visibility ? Enum.Parse<SourceVisibility>(visibility) : SourceVisibility.Public,
            EmbargoUntil = String(map, "embargoUntil") is { } embargo ? DateTimeOffset.Parse(embargo, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
        };
    }

    public static Mention Mention(object? value)
    {
        var map = Map(value, "mention");
        var id = Required(map, "id", "mention");
        return new Mention(
            id,
            Required(map, "sourceId", id),
            Required(map, "entityId", id),
            Int(map, "start"),
            Int(map, "end"),
            Required(map, "text", id),
            Required(map, "sentence", id),
            String(map, "impliedBy"));
    }

    public static Relationship Relationship(object? value)
    {
        var map = Map(value, "relationship");
        var id = Required(map, "id", "relationship");
        return new Relationship(id, GraphModel.PredicateOf(Required(map, "type", id)), Required(map, "fromId", id), Required(map, "toId", id), Strings(map, "claimIds"));
    }

    public static Conflict Conflict(object? value)
    {
        var map = Map(value, "conflict");
        var id = Required(map, "id", "conflict");
        return new Conflict(id, Required(map, "claimA", id), Required(map, "claimB", id), Required(map, "reason", id)) { Flags = Strings(map, "flags") };
    }

    public static Corroboration Corroboration(object? value)
    {
        var map = Map(value, "corroboration");
        var id = Required(map, "id", "corroboration");
        return new Corroboration(id, Required(map, "claimA", id), Required(map, "claimB", id), Required(map, "reason", id));
    }

    /// <summary>An import run; the source hashes travel as two parallel lists (Neo4j properties hold no maps).</summary>
    public static ImportRun ImportRun(object? value)
    {
        var map = Map(value, "import run");
        var id = Required(map, "id", "import run");
        var files = Strings(map, "sourceFiles");
        var hashes = Strings(map, "sourceHashes");
        return new ImportRun(
            id,
            DateTimeOffset.Parse(Required(map, "startedAt", id), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Required(map, "importerVersion", id),
            new SortedDictionary<string, string>(files.Zip(hashes).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal), StringComparer.Ordinal));
    }

    public static IReadOnlyDictionary<string, object?> Map(object? value, string what) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new InvalidDataException($"Neo4j returned no map for the {what}.");

    public static string? String(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    public static long Long(IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;

    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> map, string key) => [.. List(map, key).OfType<string>()];

    private static Evidence Evidence(IReadOnlyDictionary<string, object?> map, string claimId) => new()
    {
        Id = Required(map, "id", claimId),
        Quote = Required(map, "quote", claimId),
        En = String(map, "en"),
        SourceId = Required(map, "sourceId", claimId),
        Start = Int(map, "start"),
        End = Int(map, "end"),
        Sentence = Required(map, "sentence", claimId),
        SourceHash = Required(map, "sourceHash", claimId),
        Verified = Bool(map, "verified"),
    };

    /// <summary>A verbatim phrase of the claim's source stored as four properties; null when its text is absent.</summary>
    private static Phrase? Phrase(IReadOnlyDictionary<string, object?> map, string text, string en, string start, string end) =>
        String(map, text) is { } words ? new Phrase(words, String(map, en), Int(map, start), Int(map, end)) : null;

    private static string Required(IReadOnlyDictionary<string, object?> map, string key, string owner) =>
        map.GetValueOrDefault(key) as string
        ?? throw new InvalidDataException(
            $"'{owner}' has no '{key}' in Neo4j: the partition was not written by this version of the graph model; import the corpus again to rebuild it.");

    private static bool Bool(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) is true;

    private static int Int(IReadOnlyDictionary<string, object?> map, string key) => ToInt(map.GetValueOrDefault(key));

    private static double Double(IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;

    private static int ToInt(object? value) => value is null ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static IReadOnlyList<object?> List(IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) as IReadOnlyList<object?> ?? [];
}
