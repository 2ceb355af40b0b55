using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Export;

/// <summary>
/// A deterministic JSON text of a graph's content, used to compare graphs (two imports, a graph and a store's
/// contents). Items are sorted by id and properties written in a fixed order. The run's start time is left out,
/// so graph-content equality does not depend on when the import ran; source texts are represented by their hash.
/// </summary>
public static class CanonicalDump
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The dump of what a store holds, to compare store implementations with each other or with a graph.</summary>
    public static async Task<string> WriteAsync(IKnowledgeStore store, CancellationToken cancellationToken = default) =>
        Write(await store.ExportGraphAsync(cancellationToken).ConfigureAwait(false));

    public static string Write(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("run");
            w.WriteString("id", graph.Run.Id);
            w.WriteString("importerVersion", graph.Run.ImporterVersion);
            w.WriteStartObject("sourceHashes");
            foreach (var (file, hash) in graph.Run.SourceHashes.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                w.WriteString(file, hash);
            }

            w.WriteEndObject();
            w.WriteEndObject();
            Array(w, "entities", graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal), WriteEntity);
            Array(w, "sources", graph.Sources.OrderBy(e => e.Id, StringComparer.Ordinal), WriteSource);
            Array(w, "claims", graph.Claims.OrderBy(e => e.Id, StringComparer.Ordinal), WriteClaim);
            Array(w, "mentions", graph.Mentions.OrderBy(e => e.Id, StringComparer.Ordinal), (w, m) =>
            {
                w.WriteString("id", m.Id);
                w.WriteString("sourceId", m.SourceId);
                w.WriteString("entityId", m.EntityId);
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                w.WriteString("text", m.Text);
                w.WriteString("sentence", m.Sentence);
                w.WriteString("impliedBy", m.ImpliedBy);
            });
            Array(w, "relationships", graph.Relationships.OrderBy(e => e.Id, StringComparer.Ordinal), (w, r) =>
            {
                w.WriteString("id", r.Id);
                w.WriteString("type", r.Type);
                w.WriteString("from", r.FromId);
                w.WriteString("to", r.ToId);
                Strings(w, "claimIds", r.ClaimIds);
            });
            Array(w, "conflicts", graph.Conflicts.OrderBy(e => e.Id, StringComparer.Ordinal), (w, c) =>
            {
                Pair(w, c.Id, c.ClaimA, c.ClaimB, c.Reason);
                Strings(w, "flags", c.Flags);
            });
            Array(w, "corroborations", graph.Corroborations.OrderBy(e => e.Id, StringComparer.Ordinal), (w, c) => Pair(w, c.Id, c.ClaimA, c.ClaimB, c.Reason));
            Array(w, "candidates", graph.Candidates.OrderBy(e => e.Id, StringComparer.Ordinal), WriteCandidate);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("kind", e.Kind.ToString());
        w.WriteString("name", e.Name);
        w.WriteString("nameAr", e.NameAr);
        Strings(w, "aliases", e.Aliases);
        w.WriteString("description", e.Description);
        w.WriteString("institutionType", e.InstitutionType);
        w.WriteString("parent", e.ParentId);
        w.WriteBoolean("partMention", e.PartMention);
        Strings(w, "mentionsAlso", e.MentionsAlso);
        w.WriteString("date", e.Date);
        w.WriteString("datePrecision", e.DatePrecision);
        w.WriteString("place", e.PlaceId);
        w.WriteBoolean("partOfNameOnly", e.PartOfNameOnly);
        w.WriteString("publisher", e.PublisherId);
    }

    private static void WriteSource(Utf8JsonWriter w, Source s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("file", s.FileName);
        w.WriteString("title", s.Title);
        w.WriteString("titleEn", s.TitleEn);
        w.WriteString("outlet", s.OutletId);
        w.WriteString("published", s.Published);
        w.WriteString("language", s.Language);
        w.WriteString("url", s.Url);
        w.WriteStartArray("chain");
        foreach (var link in s.Chain)
        {
            w.WriteStartObject();
            w.WriteString("entity", link.EntityId);
            w.WriteString("role", link.Role);
            w.WriteString("note", link.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "body", s.Body.Select(b => b.ToString()));
        w.WriteString("contentHash", s.ContentHash);

        // Written only when set, so the dumps of all-public corpora stay as they were.
        if (s.Visibility != SourceVisibility.Public)
        {
            w.WriteString("visibility", s.Visibility.ToString().ToLowerInvariant());
        }

        if (s.EmbargoUntil is { } embargo)
        {
            w.WriteString("embargoUntil", embargo.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteString("id", c.Id);
        w.WriteString("kind", c.Kind.ToString());
        w.WriteString("sourceId", c.SourceId);
        w.WriteString("subject", c.SubjectId);
        w.WriteString("object", c.ObjectId);
        w.WriteString("speaker", c.SpeakerId);
        w.WriteStartObject("attribution");
        w.WriteString("kind", c.Attribution.Kind.ToString());
        w.WriteString("affiliation", c.Attribution.AffiliationId);
        WritePhrase(w, "phrase", c.Attribution.Phrase);
        w.WriteEndObject();
        w.WriteString("modality", c.Modality.ToString());
        Strings(w, "about", c.About);
        w.WriteString("predicate", c.Predicate);
        w.WriteString("role", c.Role);
        w.WriteString("roleAr", c.RoleAr);
        w.WriteString("text", c.Text);
        w.WriteString("textAr", c.TextAr);
        if (c.Quantity is { } q)
        {
            w.WriteStartObject("quantity");
            w.WriteString("metric", q.Metric);
            w.WriteString("value", q.Value.ToString(CultureInfo.InvariantCulture));
            w.WriteString("qualifier", q.Qualifier.ToString());
            w.WriteString("unit", q.Unit);
            w.WriteString("since", q.Since);
            w.WriteString("asOf", q.AsOf);
            w.WriteEndObject();
        }

        w.WriteString("periodFrom", c.PeriodFrom);
        w.WriteString("periodTo", c.PeriodTo);
        w.WriteString("date", c.Date);
        WritePhrase(w, "dateAsWritten", c.DateAsWritten);
        w.WriteString("note", c.Note);
        w.WriteString("origin", c.Origin);
        w.WriteString(ProvenanceTerms.WasGeneratedBy, c.WasGeneratedBy);
        w.WriteStartArray("evidence");
        foreach (var e in c.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("quote", e.Quote);
            w.WriteString("en", e.En);
            w.WriteString("sourceId", e.SourceId);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("sentence", e.Sentence);
            w.WriteString("sourceHash", e.SourceHash);
            w.WriteBoolean("verified", e.Verified);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (c.Extraction is { } x)
        {
            w.WriteStartObject("extraction");
            w.WriteString("method", x.Method);
            w.WriteString("confidence", x.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            w.WriteString("cue", x.Cue);
            w.WriteEndObject();
        }
    }

    private static void WriteCandidate(Utf8JsonWriter w, Candidate c)
    {
        w.WriteString("id", c.Id);
        w.WriteString("name", c.Name);
        w.WriteString("kind", c.Kind.ToString());
        w.WriteString("cue", c.Cue);
        w.WriteString("confidence", c.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
        w.WriteStartArray("occurrences");
        foreach (var o in c.Occurrences)
        {
            w.WriteStartObject();
            w.WriteString("sourceId", o.SourceId);
            w.WriteNumber("start", o.Start);
            w.WriteNumber("end", o.End);
            w.WriteString("text", o.Text);
            w.WriteString("sentence", o.Sentence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WritePhrase(Utf8JsonWriter w, string name, Phrase? phrase)
    {
        if (phrase is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("text", phrase.Text);
        w.WriteString("en", phrase.En);
        w.WriteNumber("start", phrase.Start);
        w.WriteNumber("end", phrase.End);
        w.WriteEndObject();
    }

    private static void Pair(Utf8JsonWriter w, string id, string a, string b, string reason)
    {
        w.WriteString("id", id);
        w.WriteString("claimA", a);
        w.WriteString("claimB", b);
        w.WriteString("reason", reason);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
