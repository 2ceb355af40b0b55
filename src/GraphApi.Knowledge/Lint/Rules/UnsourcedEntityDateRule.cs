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
        var given = context.Sentences.SelectMany(s => YearPattern().Matches(Text.ArabicNormalizer.Fold(s)).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, value) in new[] { ("name", entity.Name), ("description", entity.Description), ("date", entity.Date) })
        {
            if (value is null)
            {
                continue;
            }

            var missing = YearPattern().Matches(value).Select(m => m.Value).Where(y => !given.Contains(y)).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                yield return context.Finding(Id, $"its {field} states {string.Join(", ", missing)}, which no sentence of the corpus about it gives");
            }
        }
    }

    [GeneratedRegex(@"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")]
    private static partial Regex YearPattern();
}
