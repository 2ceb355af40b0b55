namespace GraphApi.Knowledge.Lint;

/// <summary>A lint rule over one claim and the text of its sources. Rules are stateless and independent of each other.</summary>
public interface IClaimLintRule
{
    /// <summary>The kebab-case id curators name in <c>acknowledged:</c> (<c>quote-drops-negation</c>).</summary>
    string Id { get; }

    IEnumerable<LintFinding> Check(ClaimLintContext context);
}
