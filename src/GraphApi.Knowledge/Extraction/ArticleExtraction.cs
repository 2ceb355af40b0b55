using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>What extraction found in one article: unreviewed claims (figures and statements) and candidate names.</summary>
public sealed record ArticleExtraction(IReadOnlyList<Claim> Claims, IReadOnlyList<CandidateFinding> Candidates)
{
    public static ArticleExtraction Empty { get; } = new([], []);
}
