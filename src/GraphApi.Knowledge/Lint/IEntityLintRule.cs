namespace GraphApi.Knowledge.Lint;

/// <summary>A lint rule over one curated entity and the sentences of the corpus that speak of it.</summary>
public interface IEntityLintRule
{
    /// <summary>The kebab-case id curators name in <c>acknowledged:</c>.</summary>
    string Id { get; }

    IEnumerable<LintFinding> Check(EntityLintContext context);
}
