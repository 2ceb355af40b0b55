using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Paging;

namespace GraphApi.Schema.Types;

/// <summary><c>Source</c>: one article file with its metadata, reporting chain, text, mentions and claims.</summary>
internal static class SourceType
{
    public static IEnumerable<NamedType> Create() => [Source(), ReportingLink(), TextSpan()];

    private static ObjectType Source()
    {
        var type = new ObjectType("Source", "One article file. Every offset in the graph indexes its text in UTF-16 code units.");
        type.Implements(new TypeReference("Node"));
        return type
            .Field("id", ScalarType.ID.AsNonNull(), c => Of(c).Id)
            .Field("fileName", ScalarType.String.AsNonNull(), c => Of(c).FileName)
            .Field("title", ScalarType.String, c => Of(c).Title, description: "The headline as the page gives it.")
            .Field("titleEn", ScalarType.String, c => Of(c).TitleEn, description: "The headline in English.")
            .Field("outlet", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).OutletId).ConfigureAwait(false), description: "The outlet that published the page; null when the page does not say.")
            .Field("published", ScalarType.String, c => Of(c).Published, description: "Publication date (ISO) as the page gives it; null when it gives none.")
            .Field("language", ScalarType.String, c => Of(c).Language)
            .Field("url", ScalarType.String, c => Of(c).Url, description: "Null when the URL is not known.")
            .Field("reportingChain", new TypeReference("ReportingLink").AsNonNull().AsList().AsNonNull(), c => Of(c).Chain.Select((link, i) => (link, i)).ToList(), description: "From the page back to the origin: who relays whom.")
            .Field("citation", ScalarType.String.AsNonNull(), resolveAsync: async c => await Citation.FormatAsync(c, Of(c)).ConfigureAwait(false), description: "A ready-to-paste reference: outlet, title, date, URL when known, and the reporting chain behind it.")
            .Field("text", ScalarType.String.AsNonNull(), c => Of(c).Text, description: "The decoded file, which every offset indexes.")
            .Field("body", ScalarType.String.AsNonNull(), c => string.Join("\n", Of(c).Body.Select(s => Of(c).Text[s.Start..s.End])), description: "The article body: the body spans joined by new lines (tickers, boilerplate and comments left out).")
            .Field("bodySpans", new TypeReference("TextSpan").AsNonNull().AsList().AsNonNull(), c => Of(c).Body, description: "Where the body lies in text.")
            .Field("contentHash", ScalarType.String.AsNonNull(), c => Of(c).ContentHash, description: "Lowercase hex SHA-256 of the file's bytes.")
            .Field("mentions", new TypeReference("MentionConnection").AsNonNull(), resolveAsync: async c =>
                await KnowledgeLoaders.MentionsBySource(c, Of(c).Id, PageArguments.Read(c)).ConfigureAwait(false) ?? Page<Mention>.Empty,
                description: "Entity mentions in the body, ordered by start, end, entity id, then mention id.",
                configure: f => f.Forward())
            .Field("claims", new TypeReference("ClaimConnection").AsNonNull(), resolveAsync: async c =>
            {
                var claims = await KnowledgeLoaders.ClaimsBySource(c, Of(c).Id).ConfigureAwait(false) ?? [];
                return Knowledge.Stores.Paging.Apply(claims, x => new PageCursor(string.Empty, x.Id), PageArguments.Read(c));
            }, description: "Claims read from this source, ordered by id.", configure: f => f.Forward());
    }

    private static ObjectType ReportingLink() => new ObjectType("ReportingLink", "One step of a reporting chain (an aggregator quotes an outlet, which carries an agency interview). Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("position", ScalarType.Int.AsNonNull(), c => Link(c).Index, description: "0 for the step nearest the page.")
        .Field("entity", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Link(c).Link.EntityId).ConfigureAwait(false))
        .Field("role", ScalarType.String.AsNonNull(), c => Link(c).Link.Role, description: "quotes, republishes, interview-with, agency-wire or cites-report.")
        .Field("note", ScalarType.String, c => Link(c).Link.Note, description: "What the page shows, e.g. the line naming the source.");

    private static ObjectType TextSpan() => new ObjectType("TextSpan", "A range of Source.text in UTF-16 code units, end exclusive. Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("start", ScalarType.Int.AsNonNull(), c => ((Knowledge.Model.TextSpan)c.Source!).Start)
        .Field("end", ScalarType.Int.AsNonNull(), c => ((Knowledge.Model.TextSpan)c.Source!).End);

    private static Source Of(ResolveContext context) => (Source)context.Source!;

    private static (ReportingLink Link, int Index) Link(ResolveContext context) => ((ReportingLink, int))context.Source!;
}
