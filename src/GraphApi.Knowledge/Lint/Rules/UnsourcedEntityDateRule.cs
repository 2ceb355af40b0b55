using System.Text.RegularExpressions;

namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// Every year an entity's name, description or date states must be given by the corpus where it speaks of that entity:
/// in the sentence of one of its mentions or of the evidence of a claim it takes part in. Years that no article gives
/// near the entity (the roadmap's "2020–2030", Fischer "interviewed by MAP in December 2020") are the curator's
/// knowledge, not the sources'. A source's publication date does not count: it bounds a date, it does not give one.
/// </summary>
public sealed partial class UnsourcedEntityDateRule : IEntityLintRule
{
    public string Id => "entity-unsourced-date";

    public IEnumerable<LintFinding> Check(EntityLintContext context)
    {
        var entity = context.Entity;
        var stated = new[] { ("name", entity.Name), ("description", entity.Description), ("date", entity.Date) }
            .Select(f => (Field: f.Item1, Years: f.Item2 is null ? [] : YearPattern().Matches(f.Item2).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList()))
            .Where(f => f.Years.Count > 0)
            .ToList();
        if (stated.Count == 0)
        {
            yield break;
        }

        // Only the years stated are looked for, so an entity named in thousands of sentences costs a scan, not a fold each.
        var wanted = stated.SelectMany(f => f.Years).ToHashSet(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in context.Sentences)
        {
            foreach (Match match in YearPattern().Matches(Text.ArabicNormalizer.Fold(sentence)))
            {
                if (wanted.Contains(match.Value))
                {
                    given.Add(match.Value);
                }
            }

            if (given.Count == wanted.Count)
            {
                break;
            }
        }

        foreach (var (field, years) in stated)
        {
            var missing = years.Where(y => !given.Contains(y)).ToList();
            if (missing.Count > 0)
            {
                yield return context.Finding(Id, $"its {field} states {string.Join(", ", missing)}, which no sentence of the corpus about it gives");
            }
        }
    }

    [GeneratedRegex(@"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")]
    private static partial Regex YearPattern();
}
