using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Export;

/// <summary>
/// A knowledge graph flattened to nodes and edges with plain properties, the shape of the importer's
/// <c>--json</c> and <c>--graphml</c> outputs. Node kinds are <see cref="NodeKind"/> names (Person, Institution,
/// Event, Place, Program, Claim, Source). Mentions are <c>mentions</c> edges from a Source to an Entity with their
/// offsets; claims point to their entities (<c>subject</c>, <c>object</c>, <c>about</c>), to their speaker
/// (<c>wasAttributedTo</c>), to the body their attribution names (<c>attributionAffiliation</c>) and to the sources of their evidence (<c>wasDerivedFrom</c>, with the quote's offsets).
/// </summary>
public sealed record GraphProjection(IReadOnlyList<ProjectedNode> Nodes, IReadOnlyList<ProjectedEdge> Edges, ImportRun Run)
{
    public static GraphProjection Of(KnowledgeGraph graph)
    {
        var nodes = new List<ProjectedNode>();
        var edges = new List<ProjectedEdge>();
        foreach (var e in graph.Entities)
        {
            nodes.Add(new ProjectedNode(e.Id, e.NodeKind.ToString(), e.Name, Props(
                ("nameAr", e.NameAr), ("aliases", e.Aliases), ("description", e.Description), ("institutionType", e.InstitutionType),
                ("date", e.Date), ("datePrecision", e.DatePrecision))));
            if (e.PublisherId is not null)
            {
                edges.Add(new ProjectedEdge($"{e.Id}>publishedBy>{e.PublisherId}", e.Id, e.PublisherId, "publishedBy", Props()));
            }
        }

        foreach (var s in graph.Sources)
        {
            nodes.Add(new ProjectedNode(s.Id, nameof(NodeKind.Source), s.DisplayName, Props(
                ("file", s.FileName), ("title", s.Title), ("titleEn", s.TitleEn), ("published", s.Published), ("language", s.Language),
                ("url", s.Url), ("contentHash", s.ContentHash))));
            if (s.OutletId is not null)
            {
                edges.Add(new ProjectedEdge($"{s.Id}>publishedBy>{s.OutletId}", s.Id, s.OutletId, "publishedBy", Props()));
            }

            for (var i = 0; i < s.Chain.Count; i++)
            {
                var link = s.Chain[i];
                edges.Add(new ProjectedEdge($"{s.Id}>reportsVia>{link.EntityId}", s.Id, link.EntityId, "reportsVia", Props(("role", link.Role), ("note", link.Note), ("step", i + 1))));
            }
        }

        foreach (var c in graph.Claims)
        {
            nodes.Add(new ProjectedNode(c.Id, nameof(NodeKind.Claim), c.DisplayName, Props(
                ("claimKind", c.Kind.ToString()), ("text", c.Text), ("textAr", c.TextAr), ("predicate", c.Predicate), ("role", c.Role), ("roleAr", c.RoleAr),
                ("metric", c.Quantity?.Metric), ("value", c.Quantity?.Value), ("qualifier", c.Quantity?.Qualifier.ToString()), ("unit", c.Quantity?.Unit),
                ("since", c.Quantity?.Since), ("asOf", c.Quantity?.AsOf), ("date", c.Date), ("dateAsWritten", c.DateAsWritten?.Text), ("origin", c.Origin), ("sourceId", c.SourceId),
                ("attributionKind", c.Attribution.Kind.ToString()), ("attributionText", c.Attribution.Phrase?.Text), ("attributionEn", c.Attribution.Phrase?.En),
                ("modality", c.Modality.ToString()), ("note", c.Note), (ProvenanceTerms.WasGeneratedBy, c.WasGeneratedBy))));
            if (c.Attribution.AffiliationId is { } affiliation)
            {
                edges.Add(new ProjectedEdge($"{c.Id}>attributionAffiliation>{affiliation}", c.Id, affiliation, "attributionAffiliation", Props()));
            }

            foreach (var (entityId, role) in c.EntityRoles())
            {
                var type = role == ClaimRole.Speaker ? ProvenanceTerms.WasAttributedTo : c.About.Contains(entityId) && entityId != c.ObjectId ? "about" : role.ToString().ToLowerInvariant();
                edges.Add(new ProjectedEdge($"{c.Id}>{type}>{entityId}", c.Id, entityId, type, Props()));
            }

            foreach (var ev in c.Evidence)
            {
                edges.Add(new ProjectedEdge(ev.Id, c.Id, ev.SourceId, ProvenanceTerms.WasDerivedFrom, Props(
                    ("quote", ev.Quote), ("en", ev.En), ("start", ev.Start), ("end", ev.End), ("sentence", ev.Sentence), ("sourceHash", ev.SourceHash), ("verified", ev.Verified))));
            }
        }

        foreach (var m in graph.Mentions)
        {
            edges.Add(new ProjectedEdge(m.Id, m.SourceId, m.EntityId, "mentions", Props(("start", m.Start), ("end", m.End), ("text", m.Text), ("sentence", m.Sentence), ("impliedBy", m.ImpliedBy))));
        }

        foreach (var r in graph.Relationships)
        {
            edges.Add(new ProjectedEdge(r.Id, r.FromId, r.ToId, r.Type, Props(("claimIds", r.ClaimIds))));
        }

        foreach (var c in graph.Conflicts)
        {
            edges.Add(new ProjectedEdge(c.Id, c.ClaimA, c.ClaimB, "conflictsWith", Props(("reason", c.Reason), ("flags", c.Flags))));
        }

        foreach (var c in graph.Corroborations)
        {
            edges.Add(new ProjectedEdge(c.Id, c.ClaimA, c.ClaimB, "corroborates", Props(("reason", c.Reason))));
        }

        return new GraphProjection(
            [.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)],
            [.. edges.DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal)],
            graph.Run);
    }

    /// <summary>Keeps non-null values in the given order; values are string, int, decimal, bool or a string list.</summary>
    private static IReadOnlyList<KeyValuePair<string, object>> Props(params (string Key, object? Value)[] values) =>
        [.. values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, object>(v.Key, v.Value!))];
}
