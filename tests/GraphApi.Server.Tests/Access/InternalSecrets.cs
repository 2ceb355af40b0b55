using GraphApi.Knowledge.Model;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// What an internal source takes with it, by the rules of issue 16, computed from the whole graph without the product's
/// visibility code: the source, its mentions, claims and evidence, conflicts and corroborations with one of its claims
/// on a side, relationships backed only by its claims, entities only it references (and relationships touching them),
/// its extracted claims (issue 13: claims like the others) and the candidates only it holds.
/// <see cref="Ids"/> are matched exactly; <see cref="Texts"/> (titles, quotes, claim texts, attributing words, dates as
/// written and notes that occur nowhere public) as substrings; and any string of 20 characters or more cut from the
/// internal article's text and found in no public article (a passage of its body) is secret too.
/// </summary>
public sealed class InternalSecrets
{
    private readonly string internalText;
    private readonly List<string> publicArticles;

    private InternalSecrets(HashSet<string> ids, List<string> texts, HashSet<string> hiddenEntities, Dictionary<string, string> names, string internalText, List<string> publicArticles)
    {
        Ids = ids;
        Texts = texts;
        this.internalText = internalText;
        this.publicArticles = publicArticles;
        HiddenEntities = hiddenEntities;
        HiddenEntityNames = names;
    }

    /// <summary>
    /// A word of the internal article's body that no public article contains, to search passages for: the longest such
    /// Arabic word, ties broken ordinally.
    /// </summary>
    public string InternalOnlyWord { get; private init; } = string.Empty;

    /// <summary>The first hidden entity (ordinally) that some relationship links, so a reader can walk a path to it.</summary>
    public string? LinkedHiddenEntity { get; private init; }

    /// <summary>The display name of each hidden entity, to search for.</summary>
    public IReadOnlyDictionary<string, string> HiddenEntityNames { get; }

    public IReadOnlySet<string> Ids { get; }

    public IReadOnlyList<string> Texts { get; }

    public IReadOnlySet<string> HiddenEntities { get; }

    public static InternalSecrets Of(KnowledgeGraph graph, string sourceId)
    {
        var source = graph.Sources.Single(s => s.Id == sourceId);
        var ids = new HashSet<string>(StringComparer.Ordinal) { source.Id, source.FileName };
        var claims = graph.Claims.Where(c => c.SourceId == sourceId).ToList();
        if (graph.Claims.Any(c => c.SourceId != sourceId && c.Evidence.Any(e => e.SourceId == sourceId)))
        {
            throw new InvalidOperationException("a public claim quotes the internal source; these secrets assume it does not");
        }

        var hiddenClaims = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        ids.UnionWith(hiddenClaims);
        ids.UnionWith(claims.SelectMany(c => c.Evidence).Select(e => e.Id));
        ids.UnionWith(graph.Mentions.Where(m => m.SourceId == sourceId).Select(m => m.Id));
        ids.UnionWith(graph.Conflicts.Where(c => hiddenClaims.Contains(c.ClaimA) || hiddenClaims.Contains(c.ClaimB)).Select(c => c.Id));
        ids.UnionWith(graph.Corroborations.Where(c => hiddenClaims.Contains(c.ClaimA) || hiddenClaims.Contains(c.ClaimB)).Select(c => c.Id));

        var byPublic = References(graph, s => s != sourceId);
        var byInternal = References(graph, s => s == sourceId);
        var hiddenEntities = byInternal.Where(e => !byPublic.Contains(e)).ToHashSet(StringComparer.Ordinal);
        ids.UnionWith(hiddenEntities);
        ids.UnionWith(graph.Relationships
            .Where(r => (r.ClaimIds.Count > 0 && r.ClaimIds.All(hiddenClaims.Contains)) || hiddenEntities.Contains(r.FromId) || hiddenEntities.Contains(r.ToId))
            .Select(r => r.Id));

        // Issue 13: a candidate that only the internal article holds.
        var hiddenCandidates = graph.Candidates.Where(c => c.Occurrences.All(o => o.SourceId == sourceId)).ToList();
        ids.UnionWith(hiddenCandidates.Select(c => c.Id));

        var publicTexts = graph.Sources.Where(s => s.Id != sourceId).Select(s => s.Text)
            .Concat(graph.Claims.Where(c => c.SourceId != sourceId).SelectMany(c => new[] { c.Text, c.TextAr, c.Role, c.RoleAr }).OfType<string>())
            .Concat(graph.Entities.Where(e => !hiddenEntities.Contains(e.Id)).SelectMany(e => e.AllNames()))
            .ToList();
        var texts = new[] { source.Title, source.TitleEn }
            .Concat(claims.SelectMany(c => c.Evidence.Select(e => e.Quote)))
            .Concat(claims.SelectMany(c => new[] { c.Text, c.TextAr, c.Attribution.Phrase?.Text, c.Attribution.Phrase?.En, c.DateAsWritten?.Text, c.DateAsWritten?.En, c.Note }))
            .OfType<string>()
            .Where(t => t.Length >= 12 && !publicTexts.Any(p => p.Contains(t, StringComparison.Ordinal)))
            .Concat(hiddenCandidates.Select(c => c.Name).Where(n => n.Length >= 8 && !publicTexts.Any(p => p.Contains(n, StringComparison.Ordinal))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var names = graph.Entities.Where(e => hiddenEntities.Contains(e.Id)).ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var publicArticles = graph.Sources.Where(s => s.Id != sourceId).Select(s => s.Text).ToList();
        var bodyWords = source.Body
            .SelectMany(span => System.Text.RegularExpressions.Regex.Matches(source.Text[span.Start..span.End], @"\p{IsArabic}{5,}").Select(m => m.Value))
            .Where(w => !publicArticles.Any(p => p.Contains(w, StringComparison.Ordinal)))
            .OrderByDescending(w => w.Length)
            .ThenBy(w => w, StringComparer.Ordinal);
        return new InternalSecrets(ids, texts, hiddenEntities, names, source.Text, publicArticles)
        {
            InternalOnlyWord = bodyWords.FirstOrDefault() ?? throw new InvalidOperationException("the internal article has no word of its own"),
            LinkedHiddenEntity = hiddenEntities.Order(StringComparer.Ordinal).FirstOrDefault(e => graph.Relationships.Any(r => r.FromId == e || r.ToId == e)),
        };
    }

    public bool IsSecret(string value) =>
        Ids.Contains(value)
        || Texts.Any(t => value.Contains(t, StringComparison.Ordinal))
        || (value.Length >= 20 && internalText.Contains(value, StringComparison.Ordinal) && !publicArticles.Any(p => p.Contains(value, StringComparison.Ordinal)));

    /// <summary>Entities each source references: mentioned (or implied), as outlet, in its chain, or in a claim read from it (in a role or as the body a claim is attributed to).</summary>
    private static HashSet<string> References(KnowledgeGraph graph, Func<string, bool> fromSource)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in graph.Mentions.Where(m => fromSource(m.SourceId)))
        {
            set.Add(m.EntityId);
            if (m.ImpliedBy is not null)
            {
                set.Add(m.ImpliedBy);
            }
        }

        foreach (var s in graph.Sources.Where(s => fromSource(s.Id)))
        {
            if (s.OutletId is not null)
            {
                set.Add(s.OutletId);
            }

            set.UnionWith(s.Chain.Select(l => l.EntityId));
        }

        set.UnionWith(graph.Claims.Where(c => fromSource(c.SourceId)).SelectMany(c => c.EntityRoles().Select(r => r.EntityId)));
        set.UnionWith(graph.Claims.Where(c => fromSource(c.SourceId)).Select(c => c.Attribution.AffiliationId).OfType<string>());
        return set;
    }
}
