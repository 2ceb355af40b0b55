using GraphApi.Knowledge.Lint;

namespace GraphApi.Knowledge.Import;

/// <summary>Reads the <c>acknowledged:</c> list of a claim or entity: each entry names a known lint rule and gives a reason.</summary>
internal static class AcknowledgementsReader
{
    public static IReadOnlyList<CuratedAcknowledgement> Read(YamlFields item, string subjectId)
    {
        var result = new List<CuratedAcknowledgement>();
        foreach (var entry in item.Maps("acknowledged", "rule", "reason"))
        {
            var rule = entry.Required("rule", "the id of the lint rule whose warning this answers");
            var reason = entry.Required("reason", "why the curated reading stands despite the warning");
            if (rule.Length > 0 && !ClaimLinter.RuleIds.Contains(rule, StringComparer.Ordinal))
            {
                entry.Error($"'{subjectId}': unknown lint rule '{rule}' (expected one of: {string.Join(", ", ClaimLinter.RuleIds)})");
                continue;
            }

            if (rule.Length > 0 && reason.Length > 0)
            {
                result.Add(new CuratedAcknowledgement(new LintAcknowledgement(rule, reason), entry.Line));
            }
        }

        return result;
    }
}
