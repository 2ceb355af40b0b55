using System.Globalization;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;
using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Model records as the rows of <see cref="CypherQueries.WriteQueries"/>: the properties of each node and relationship
/// (null removes a property), and the keys of the nodes a relationship joins. Derived properties that queries sort or
/// filter on are computed here once: an entity's folded names and folded display name, and every record's
/// <c>visibleFrom</c> (<see cref="GraphVisibility"/>), which every read compares with the caller's <c>$horizon</c>.
/// </summary>
internal sealed class WriteRows(string partition, GraphVisibility? visibility = null)
{
    /// <summary>Rows for writing a graph: the same keys, with the graph's visibility instants.</summary>
    public WriteRows For(GraphVisibility graphVisibility) => new(partition, graphVisibility);

    private GraphVisibility Visibility => visibility ?? throw new InvalidOperationException("Rows to write need the graph's visibility: use WriteRows.For(visibility).");

    public string Key(string id) => partition + "|" + id;

    public Dictionary<string, object?> Entity(Entity e) => Row(Key(e.Id), new()
    {
        ["key"] = Key(e.Id),
        ["partition"] = partition,
        ["id"] = e.Id,
        ["name"] = e.Name,
        ["nameAr"] = e.NameAr,
        ["aliases"] = e.Aliases.ToList(),
        ["description"] = e.Description,
        ["institutionType"] = e.InstitutionType,
        ["partMention"] = e.PartMention,
        ["mentionsAlso"] = e.MentionsAlso.ToList(),
        ["date"] = e.Date,
        ["datePrecision"] = e.DatePrecision,
        ["partOfNameOnly"] = e.PartOfNameOnly,
        ["sortName"] = Stores.SortKeys.EntityName(e),
        ["foldedNames"] = e.AllNames().Select(ArabicNormalizer.Fold).ToList(),
        ["visibleFrom"] = Visibility.EntityOf(e.Id),
    });

    public Dictionary<string, object?> Source(Source s, string digest) => Row(Key(s.Id), new()
    {
        ["key"] = Key(s.Id),
        ["partition"] = partition,
        ["id"] = s.Id,
        ["fileName"] = s.FileName,
        ["title"] = s.Title,
        ["titleEn"] = s.TitleEn,
        ["published"] = s.Published,
        ["language"] = s.Language,
        ["url"] = s.Url,
        ["text"] = s.Text,
        ["contentHash"] = s.ContentHash,
        ["bodyStarts"] = s.Body.Select(b => (long)b.Start).ToList(),
        ["bodyEnds"] = s.Body.Select(b => (long)b.End).ToList(),
        ["digest"] = digest,
        ["visibility"] = s.Visibility.ToString(),
        ["embargoUntil"] = s.EmbargoUntil?.ToString("O", CultureInfo.InvariantCulture),
        ["visibleFrom"] = Visibility.SourceOf(s.Id),
    });

    /// <summary>The mentions of one source as one row: the source's key and, per entity it mentions, that entity's key and the mentions' properties.</summary>
    public Dictionary<string, object?> MentionsOf(string sourceId, IEnumerable<Mention> mentions)
    {
        var visibleFrom = Visibility.SourceOf(sourceId);
        return new(StringComparer.Ordinal)
        {
            ["source"] = Key(sourceId),
            ["entities"] = mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal)
                .Select(g => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["entity"] = Key(g.Key),
                    ["mentions"] = g.Select(m => (object?)MentionProperties(m, visibleFrom)).ToList(),
                })
                .ToList(),
        };
    }

    private static Dictionary<string, object?> MentionProperties(Mention m, long visibleFrom) => new(StringComparer.Ordinal)
    {
        ["id"] = m.Id,
        ["start"] = (long)m.Start,
        ["end"] = (long)m.End,
        ["text"] = m.Text,
        ["sentence"] = m.Sentence,
        ["impliedBy"] = m.ImpliedBy,
        ["visibleFrom"] = visibleFrom,
    };

    public Dictionary<string, object?> Link(string from, string to, Dictionary<string, object?>? props = null) => new(StringComparer.Ordinal)
    {
        ["source"] = Key(from),
        ["entity"] = Key(to),
        ["props"] = props ?? [],
    };

    public Dictionary<string, object?> ChainLink(string sourceId, ReportingLink link, int position) => Link(sourceId, link.EntityId, new()
    {
        ["position"] = (long)position,
        ["role"] = link.Role,
        ["note"] = link.Note,
    });

    public Dictionary<string, object?> Claim(Claim c) => Row(Key(c.Id), new()
    {
        ["key"] = Key(c.Id),
        ["partition"] = partition,
        ["id"] = c.Id,
        ["kind"] = c.Kind.ToString(),
        ["predicate"] = c.Predicate,
        ["role"] = c.Role,
        ["roleAr"] = c.RoleAr,
        ["text"] = c.Text,
        ["textAr"] = c.TextAr,
        ["metric"] = c.Quantity?.Metric,
        ["kindKey"] = Key(c.Kind.ToString()),
        ["metricKey"] = c.Quantity is { } m ? Key(m.Metric) : null,
        ["value"] = c.Quantity is { } q ? (double)q.Value : null,
        ["valueText"] = c.Quantity?.Value.ToString(CultureInfo.InvariantCulture),
        ["qualifier"] = c.Quantity?.Qualifier.ToString(),
        ["unit"] = c.Quantity?.Unit,
        ["since"] = c.Quantity?.Since,
        ["asOf"] = c.Quantity?.AsOf,
        ["periodFrom"] = c.PeriodFrom,
        ["periodTo"] = c.PeriodTo,
        ["date"] = c.Date,
        ["attributionKind"] = c.Attribution.Kind.ToString(),
        ["attributionText"] = c.Attribution.Phrase?.Text,
        ["attributionEn"] = c.Attribution.Phrase?.En,
        ["attributionStart"] = (long?)c.Attribution.Phrase?.Start,
        ["attributionEnd"] = (long?)c.Attribution.Phrase?.End,
        ["modality"] = c.Modality.ToString(),
        ["dateAsWritten"] = c.DateAsWritten?.Text,
        ["dateAsWrittenEn"] = c.DateAsWritten?.En,
        ["dateAsWrittenStart"] = (long?)c.DateAsWritten?.Start,
        ["dateAsWrittenEnd"] = (long?)c.DateAsWritten?.End,
        ["note"] = c.Note,
        ["origin"] = c.Origin,
        ["wasGeneratedBy"] = c.WasGeneratedBy,
        ["reviewed"] = c.Reviewed,
        ["extractionMethod"] = c.Extraction?.Method,
        ["extractionConfidence"] = c.Extraction?.Confidence,
        ["extractionCue"] = c.Extraction?.Cue,
        ["visibleFrom"] = Visibility.ClaimOf(c.Id),
    });

    /// <summary>A candidate's node: its name, suggested kind (a property, not a label: it is no entity), cue and confidence.</summary>
    public Dictionary<string, object?> Candidate(Candidate c) => Row(Key(c.Id), new()
    {
        ["key"] = Key(c.Id),
        ["partition"] = partition,
        ["id"] = c.Id,
        ["name"] = c.Name,
        ["kind"] = c.Kind.ToString(),
        ["cue"] = c.Cue,
        ["confidence"] = c.Confidence,
    });

    /// <summary>One <c>OCCURS_IN</c> per occurrence, from the candidate to the source, with the span and its sentence.</summary>
    public IEnumerable<Dictionary<string, object?>> CandidateOccurrences(Candidate c) =>
        c.Occurrences.Select((o, i) => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["candidate"] = Key(c.Id),
            ["source"] = Key(o.SourceId),
            ["props"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["start"] = (long)o.Start,
                ["end"] = (long)o.End,
                ["text"] = o.Text,
                ["sentence"] = o.Sentence,
                ["position"] = (long)i,
            },
        });

    /// <summary>The relationships a claim starts, by type: its source, the entities in each role, its attribution's affiliation, its evidence.</summary>
    public IEnumerable<(string Type, Dictionary<string, object?> Row)> ClaimLinks(Claim c)
    {
        yield return ("READ_FROM", ClaimLink(c.Id, c.SourceId, []));
        if (c.SubjectId is not null)
        {
            yield return ("SUBJECT", ClaimLink(c.Id, c.SubjectId, []));
        }

        if (c.ObjectId is not null)
        {
            yield return ("OBJECT", ClaimLink(c.Id, c.ObjectId, []));
        }

        if (c.SpeakerId is not null)
        {
            yield return ("SPEAKER", ClaimLink(c.Id, c.SpeakerId, []));
        }

        for (var i = 0; i < c.About.Count; i++)
        {
            yield return ("ABOUT", ClaimLink(c.Id, c.About[i], new() { ["position"] = (long)i }));
        }

        if (c.Attribution.AffiliationId is not null)
        {
            yield return ("AFFILIATION", ClaimLink(c.Id, c.Attribution.AffiliationId, []));
        }

        for (var i = 0; i < c.Evidence.Count; i++)
        {
            var e = c.Evidence[i];
            yield return ("EVIDENCE", ClaimLink(c.Id, e.SourceId, new()
            {
                ["id"] = e.Id,
                ["quote"] = e.Quote,
                ["en"] = e.En,
                ["start"] = (long)e.Start,
                ["end"] = (long)e.End,
                ["sentence"] = e.Sentence,
                ["verified"] = e.Verified,
                ["sourceHash"] = e.SourceHash,
                ["position"] = (long)i,
            }));
        }
    }

    /// <summary>A typed link between entities; <c>declared</c> when the entity's own record gives it (parent, place).</summary>
    public Dictionary<string, object?> Relationship(Relationship r, bool declared) => new(StringComparer.Ordinal)
    {
        ["from"] = Key(r.FromId),
        ["to"] = Key(r.ToId),
        ["props"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = r.Id,
            ["claimIds"] = r.ClaimIds.ToList(),
            ["claimsVisibleFrom"] = r.ClaimIds.Select(Visibility.ClaimOf).ToList(),
            ["visibleFrom"] = Visibility.RelationshipOf(r.Id),
            ["declared"] = declared ? true : null,
        },
    };

    /// <summary>
    /// A conflict or corroboration between claims, as one of the pairs of its left claim's row (the writer groups them):
    /// the right claim's key and the properties, with their digest. <paramref name="flags"/> are a conflict's
    /// (<c>magnitude-outlier</c>, …).
    /// </summary>
    public Dictionary<string, object?> ClaimPair(string id, string claimA, string claimB, string reason, IReadOnlyList<string>? flags = null)
    {
        var visibleFrom = Visibility.PairOf(claimA, claimB);
        return new(StringComparer.Ordinal)
        {
            ["b"] = Key(claimB),
            ["props"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = id,
                ["reason"] = reason,
                ["flags"] = flags?.ToList(),
                ["visibleFrom"] = visibleFrom,
                ["digest"] = GraphDigest.OfClaimPair(id, reason, flags, visibleFrom),
            },
        };
    }

    /// <summary>A document's publisher: the entity that issued it.</summary>
    public Dictionary<string, object?> Publisher(Entity document) => Link(document.Id, document.PublisherId!);

    /// <summary>The run node: the run, the graph's counts and digest, and the stamp that tells replicas it changed.</summary>
    public Dictionary<string, object?> Run(KnowledgeGraph graph, string digest, string candidatesDigest, string stamp, string owner) => new(StringComparer.Ordinal)
    {
        ["partition"] = partition,
        ["id"] = graph.Run.Id,
        ["startedAt"] = graph.Run.StartedAt.ToString("O", CultureInfo.InvariantCulture),
        ["importerVersion"] = graph.Run.ImporterVersion,
        ["sourceFiles"] = graph.Run.SourceHashes.Keys.ToList(),
        ["sourceHashes"] = graph.Run.SourceHashes.Values.ToList(),
        ["warnings"] = graph.Warnings.ToList(),
        ["layout"] = (long)GraphModel.Layout,
        ["digest"] = digest,
        ["candidatesDigest"] = candidatesDigest,
        ["stamp"] = stamp,
        ["importedBy"] = owner,
        ["entities"] = (long)graph.Entities.Count,
        ["sources"] = (long)graph.Sources.Count,
        ["claims"] = (long)graph.Claims.Count,
        ["mentions"] = (long)graph.Mentions.Count,
        ["conflicts"] = (long)graph.Conflicts.Count,
        ["candidates"] = (long)graph.Candidates.Count,
    };

    public string MentionBlockKey(string entityId, int block) => Key(entityId) + "|" + block.ToString(CultureInfo.InvariantCulture);

    public Dictionary<string, object?> MentionOrder(string entityId, List<string> firsts, int count, string digest, long visibleFrom) => new(StringComparer.Ordinal)
    {
        ["key"] = Key(entityId),
        ["firsts"] = firsts,
        ["count"] = (long)count,
        ["digest"] = digest,
        ["visibleFrom"] = visibleFrom,
    };

    /// <summary>
    /// An entity's relationship order (<see cref="CypherQueries.RelationshipOrderQueries"/>): the first entry of each block
    /// (its sort key, the separator and its id, which compare as the pair does), the count, and the latest
    /// <c>visibleFrom</c> of its links (a caller whose horizon reaches it reads them all).
    /// </summary>
    public Dictionary<string, object?> RelationshipOrder(string entityId, IReadOnlyList<RelationshipEntry> entries)
    {
        var firsts = new List<string>();
        for (var i = 0; i < entries.Count; i += GraphModel.RelationshipBlockSize)
        {
            firsts.Add(entries[i].Key + GraphModel.KeySeparator + entries[i].Relationship.Id);
        }

        return new(StringComparer.Ordinal)
        {
            ["key"] = Key(entityId),
            ["firsts"] = firsts,
            ["count"] = (long)entries.Count,
            ["visibleFrom"] = entries.Select(e => Visibility.RelationshipOf(e.Relationship.Id)).DefaultIfEmpty(GraphVisibility.Always).Max(),
        };
    }

    /// <summary>
    /// The <c>:RelationshipBlock</c>s of an entity's relationship order, in parallel lists: each link's sort key, id, both
    /// together (<c>cs</c>, which compare as the pair does, to find a cursor's place in its block), type,
    /// other end's id and direction, and its claims flat (<c>claimIds</c> and their <c>claimsVisibleFrom</c>, the link's
    /// from <c>claimStarts[i]</c> to <c>claimStarts[i + 1]</c>), so that a page of links reads its blocks and no
    /// relationship: a block holds what the page answers.
    /// </summary>
    public IEnumerable<Dictionary<string, object?>> RelationshipBlocks(string entityId, IReadOnlyList<RelationshipEntry> entries) =>
        entries.Chunk(GraphModel.RelationshipBlockSize).Select((chunk, block) =>
        {
            var starts = new List<long> { 0 };
            foreach (var entry in chunk)
            {
                starts.Add(starts[^1] + entry.Relationship.ClaimIds.Count);
            }

            return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["key"] = Key(entityId) + "|" + block.ToString(CultureInfo.InvariantCulture),
                ["partition"] = partition,
                ["entity"] = entityId,
                ["block"] = (long)block,
                ["ks"] = chunk.Select(e => e.Key).ToList(),
                ["ids"] = chunk.Select(e => e.Relationship.Id).ToList(),
                ["cs"] = chunk.Select(e => e.Key + GraphModel.KeySeparator + e.Relationship.Id).ToList(),
                ["types"] = chunk.Select(e => GraphModel.RelationshipType(e.Relationship.Type)).ToList(),
                ["others"] = chunk.Select(e => e.OtherId).ToList(),
                ["outgoing"] = chunk.Select(e => e.Outgoing).ToList(),
                ["claimIds"] = chunk.SelectMany(e => e.Relationship.ClaimIds).ToList(),
                ["claimsVisibleFrom"] = chunk.SelectMany(e => e.Relationship.ClaimIds.Select(Visibility.ClaimOf)).ToList(),
                ["claimStarts"] = starts,
            };
        });

    /// <summary>The latest <c>visibleFrom</c> of these sources (<see cref="GraphVisibility.Always"/> for none): who may read them all.</summary>
    public long LatestVisibleFrom(IEnumerable<string> sourceIds) => sourceIds.Select(Visibility.SourceOf).DefaultIfEmpty(GraphVisibility.Always).Max();

    public Dictionary<string, object?> MentionBlock(string entityId, int block, IEnumerable<string> sourceIds) => Row(MentionBlockKey(entityId, block), new()
    {
        ["key"] = MentionBlockKey(entityId, block),
        ["partition"] = partition,
        ["entity"] = entityId,
        ["block"] = (long)block,
        ["ids"] = sourceIds.ToList(),
    });

    private Dictionary<string, object?> ClaimLink(string claimId, string targetId, Dictionary<string, object?> props) => new(StringComparer.Ordinal)
    {
        ["claim"] = Key(claimId),
        ["target"] = Key(targetId),
        ["props"] = props,
    };

    private static Dictionary<string, object?> Row(string key, Dictionary<string, object?> props) => new(StringComparer.Ordinal)
    {
        ["key"] = key,
        ["props"] = props,
    };
}

/// <summary>One link in an entity's relationship order: its sort key (predicate, separator, other end's id), the other end, and whether it leaves the entity.</summary>
internal readonly record struct RelationshipEntry(string Key, Relationship Relationship, string OtherId, bool Outgoing)
{
    /// <summary>
    /// Each entity's links in the API's relationship order (<c>SortKeys.Relationship</c>, then the id, ordinal), a link to
    /// itself once, as the embedded store and Cypher's undirected match count it.
    /// </summary>
    public static Dictionary<string, List<RelationshipEntry>> ByEntity(IEnumerable<Relationship> relationships)
    {
        var byEntity = new Dictionary<string, List<RelationshipEntry>>(StringComparer.Ordinal);
        void Add(string entityId, RelationshipEntry entry)
        {
            if (!byEntity.TryGetValue(entityId, out var list))
            {
                byEntity[entityId] = list = [];
            }

            list.Add(entry);
        }

        foreach (var r in relationships)
        {
            Add(r.FromId, new(r.Type + GraphModel.KeySeparator + r.ToId, r, r.ToId, true));
            if (r.ToId != r.FromId)
            {
                Add(r.ToId, new(r.Type + GraphModel.KeySeparator + r.FromId, r, r.FromId, false));
            }
        }

        foreach (var list in byEntity.Values)
        {
            list.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key) is var c and not 0 ? c : string.CompareOrdinal(x.Relationship.Id, y.Relationship.Id));
        }

        return byEntity;
    }
}
