using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Lint;

/// <summary>
/// What an entity rule sees: the curated entity and the sentences of the corpus that speak of it (the sentences of its
/// mentions and of the evidence of claims it takes part in).
/// </summary>
public sealed class EntityLintContext(Entity entity, IReadOnlyList<string> sentences)
{
    public Entity Entity { get; } = entity ?? throw new ArgumentNullException(nameof(entity));

    public IReadOnlyList<string> Sentences { get; } = sentences ?? throw new ArgumentNullException(nameof(sentences));

    public LintFinding Finding(string ruleId, string message) => new(ruleId, Entity.Id, message);
}
