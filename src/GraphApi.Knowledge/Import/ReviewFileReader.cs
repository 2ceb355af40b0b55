namespace GraphApi.Knowledge.Import;

/// <summary>
/// Reads <c>knowledge/review.yaml</c> (docs/knowledge-format.md#reviewyaml): the ids of extracted claims and candidates a
/// reviewer rejected, so that extraction does not bring them back. Unknown keys and ids that are not extracted ids are
/// errors with their line.
/// </summary>
internal static class ReviewFileReader
{
    public static IReadOnlySet<string> Read(string text, string file, List<ImportError> errors)
    {
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        var root = YamlFields.Parse(text, file, errors, "rejected");
        if (root is null)
        {
            return rejected;
        }

        foreach (var (id, line) in root.Strings("rejected"))
        {
            if (id.StartsWith("candidate/", StringComparison.Ordinal) || id.StartsWith("claim/x/", StringComparison.Ordinal))
            {
                rejected.Add(id);
            }
            else
            {
                errors.Add(new ImportError(file, line, $"'{id}' is not the id of an extracted claim (claim/x/…) or a candidate (candidate/…)"));
            }
        }

        return rejected;
    }
}
