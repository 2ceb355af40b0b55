using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>Reads one <c>knowledge/claims/&lt;stem&gt;.yaml</c> (docs/knowledge-format.md#claimsstemyaml).</summary>
internal static class ClaimsFileReader
{
    private static readonly string[] ClaimKeys =
    [
        "id", "kind", "subject", "object", "speaker", "attribution", "modality", "about", "predicate", "role", "roleAr", "text", "textAr",
        "quantity", "period", "date", "dateAsWritten", "note", "evidence", "origin", "acknowledged",
    ];

    public static (string? SourceFile, List<CuratedClaim> Claims) Read(string text, string file, List<ImportError> errors, List<EntityReference> references)
    {
        var claims = new List<CuratedClaim>();
        var root = YamlFields.Parse(text, file, errors, "source", "claims");
        if (root is null)
        {
            return (null, claims);
        }

        var sourceFile = root.Required("source", "the article file name this file's claims were read from");
        foreach (var item in root.Maps("claims", ClaimKeys))
        {
            var claim = ReadClaim(item, sourceFile, references);
            if (claim is not null)
            {
                claims.Add(claim);
            }
        }

        return (sourceFile, claims);
    }

    private static CuratedClaim? ReadClaim(YamlFields item, string sourceFile, List<EntityReference> references)
    {
        var id = item.Required("id", "a slug such as claim/004-bcij-cells-2009");
        var kindText = item.Required("kind", "STATEMENT | RELATION | QUANTITY");
        ClaimKind kind;
        switch (kindText)
        {
            case "STATEMENT": kind = ClaimKind.Statement; break;
            case "RELATION": kind = ClaimKind.Relation; break;
            case "QUANTITY": kind = ClaimKind.Quantity; break;
            default:
                if (kindText.Length > 0)
                {
                    item.Error($"claim '{id}': unknown kind '{kindText}' (expected STATEMENT, RELATION or QUANTITY)");
                }

                return null;
        }

        var subject = item.String("subject");
        var obj = item.String("object");
        var speaker = item.String("speaker");
        EntitiesFileReader.AddReference(references, item, subject, "subject");
        EntitiesFileReader.AddReference(references, item, obj, "object");
        EntitiesFileReader.AddReference(references, item, speaker, "speaker");
        var about = item.Strings("about");
        foreach (var (value, line) in about)
        {
            references.Add(new EntityReference(item.File, line, value, "about"));
        }

        var predicate = item.String("predicate");
        if (kind == ClaimKind.Relation)
        {
            if (subject is null || obj is null)
            {
                item.Error($"claim '{id}': a RELATION needs 'subject' and 'object'");
            }

            if (predicate is null)
            {
                item.Error($"claim '{id}': a RELATION needs a 'predicate' ({string.Join(", ", Predicates.All)})");
            }
            else if (!Predicates.IsKnown(predicate))
            {
                item.Error($"claim '{id}': unknown predicate '{predicate}' (expected {string.Join(", ", Predicates.All)})");
            }
        }

        var quantity = ReadQuantity(item, id);
        if (kind == ClaimKind.Quantity && quantity is null)
        {
            item.Error($"claim '{id}': a QUANTITY needs a 'quantity' with metric and value");
        }

        var period = item.Map("period", "from", "to");
        var evidence = new List<CuratedEvidence>();
        foreach (var e in item.Maps("evidence", "quote", "en", "occurrence", "source"))
        {
            var quote = e.Required("quote", "words that occur verbatim in the article");
            var occurrence = e.Int("occurrence") ?? 1;
            if (occurrence < 1)
            {
                e.Error($"claim '{id}': 'occurrence' is 1-based, not {occurrence}");
                occurrence = 1;
            }

            evidence.Add(new CuratedEvidence(quote, e.String("en"), occurrence, e.String("source") ?? sourceFile, e.Line));
        }

        if (evidence.Count == 0)
        {
            item.Error($"claim '{id}': needs at least one evidence quote");
        }

        var (attribution, attributionPhrase) = ReadAttribution(item, id, speaker, references);
        var modality = ReadModality(item, id);
        var datePhrase = PhraseOf(item.Map("dateAsWritten", "text", "en", "occurrence"), id, required: true);
        var draft = new Claim
        {
            Id = id,
            Kind = kind,
            SourceId = Source.IdFor(sourceFile),
            SubjectId = subject,
            ObjectId = obj,
            SpeakerId = speaker,
            Attribution = attribution,
            Modality = modality,
            About = [.. about.Select(a => a.Value)],
            Predicate = predicate,
            Role = item.String("role"),
            RoleAr = item.String("roleAr"),
            Text = item.String("text"),
            TextAr = item.String("textAr"),
            Quantity = quantity,
            PeriodFrom = period?.String("from"),
            PeriodTo = period?.String("to"),
            Date = item.String("date"),
            Note = item.String("note"),
            Origin = string.Empty,
            WasGeneratedBy = string.Empty,
        };
        return new CuratedClaim(draft, item.String("origin"), evidence, item.File, item.Line, attributionPhrase, datePhrase, AcknowledgementsReader.Read(item, id));
    }

    /// <summary>
    /// <c>attribution: {kind, affiliation, text, en, occurrence}</c>. Without it, a claim with a speaker is NAMED and one
    /// without is the outlet's own voice (OUTLET), as before attribution was curated.
    /// </summary>
    private static (Attribution Attribution, CuratedPhrase? Phrase) ReadAttribution(YamlFields item, string id, string? speaker, List<EntityReference> references)
    {
        var map = item.Map("attribution", "kind", "affiliation", "text", "en", "occurrence");
        if (map is null)
        {
            return (new Attribution(speaker is null ? AttributionKind.Outlet : AttributionKind.Named), null);
        }

        var kindText = map.Required("kind", "NAMED | ANONYMOUS | REPORTED | OUTLET");
        AttributionKind? kind = kindText switch
        {
            "NAMED" => AttributionKind.Named,
            "ANONYMOUS" => AttributionKind.Anonymous,
            "REPORTED" => AttributionKind.Reported,
            "OUTLET" => AttributionKind.Outlet,
            _ => null,
        };
        if (kind is null && kindText.Length > 0)
        {
            map.Error($"claim '{id}': unknown attribution kind '{kindText}' (expected NAMED, ANONYMOUS, REPORTED or OUTLET)");
        }

        var affiliation = map.String("affiliation");
        EntitiesFileReader.AddReference(references, map, affiliation, "affiliation", "attribution.affiliation");
        var phrase = PhraseOf(map, id, required: false);
        switch (kind)
        {
            case AttributionKind.Named when speaker is null:
                map.Error($"claim '{id}': a NAMED attribution needs a 'speaker' (the person or body the article names)");
                break;
            case AttributionKind.Outlet when speaker is not null:
                map.Error($"claim '{id}': an OUTLET attribution is the outlet's own voice; remove 'speaker' (the outlet is the default) or choose NAMED, ANONYMOUS or REPORTED");
                break;
            case AttributionKind.Outlet when phrase is not null:
                map.Error($"claim '{id}': an OUTLET attribution has no attributing words; remove 'text' or choose NAMED, ANONYMOUS or REPORTED");
                break;
        }

        return (new Attribution(kind ?? AttributionKind.Named, affiliation), phrase);
    }

    private static Modality ReadModality(YamlFields item, string id)
    {
        var text = item.String("modality");
        switch (text)
        {
            case null or "ASSERTED": return Modality.Asserted;
            case "POSSIBLE": return Modality.Possible;
            case "FUTURE": return Modality.Future;
            default:
                item.Error(item.Node("modality")!, $"claim '{id}': unknown modality '{text}' (expected ASSERTED, POSSIBLE or FUTURE)");
                return Modality.Asserted;
        }
    }

    /// <summary>The <c>text</c>, <c>en</c> and <c>occurrence</c> of a mapping holding a verbatim phrase (attribution, dateAsWritten).</summary>
    private static CuratedPhrase? PhraseOf(YamlFields? map, string id, bool required)
    {
        if (map is null)
        {
            return null;
        }

        var text = required ? map.Required("text", "the words as the article writes them") : map.String("text");
        if (string.IsNullOrEmpty(text))
        {
            if (map.String("en") is not null || map.Int("occurrence") is not null)
            {
                map.Error($"claim '{id}': 'en' and 'occurrence' describe a 'text'; add the words as the article writes them");
            }

            return null;
        }

        var occurrence = map.Int("occurrence");
        if (occurrence < 1)
        {
            map.Error($"claim '{id}': 'occurrence' is 1-based, not {occurrence}");
            occurrence = null;
        }

        return new CuratedPhrase(text, map.String("en"), occurrence, YamlFields.LineOf(map.Node("text")!));
    }

    private static Quantity? ReadQuantity(YamlFields item, string id)
    {
        var q = item.Map("quantity", "metric", "value", "qualifier", "unit", "since", "asOf");
        if (q is null)
        {
            return null;
        }

        var metric = q.Required("metric", "a slug such as terrorist-cells-dismantled");
        var value = q.Decimal("value");
        if (value is null)
        {
            q.Error($"claim '{id}': quantity needs a numeric 'value'");
        }

        var qualifierText = q.String("qualifier") ?? "exactly";
        QuantityQualifier? qualifier = qualifierText switch
        {
            "exactly" => QuantityQualifier.Exactly,
            "more-than" => QuantityQualifier.MoreThan,
            "at-least" => QuantityQualifier.AtLeast,
            "about" => QuantityQualifier.About,
            "less-than" => QuantityQualifier.LessThan,
            "at-most" => QuantityQualifier.AtMost,
            _ => null,
        };
        if (qualifier is null)
        {
            q.Error($"claim '{id}': unknown qualifier '{qualifierText}' (expected exactly, more-than, at-least, about, less-than or at-most)");
        }

        return value is null || qualifier is null ? null : new Quantity(metric, value.Value, qualifier.Value, q.String("unit"), q.String("since"), q.String("asOf"));
    }
}
