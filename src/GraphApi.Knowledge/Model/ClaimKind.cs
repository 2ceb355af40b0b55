namespace GraphApi.Knowledge.Model;

/// <summary>The three kinds of curated claim (docs/knowledge-format.md, claims/&lt;stem&gt;.yaml).</summary>
public enum ClaimKind
{
    /// <summary>An attributed statement: a speaker and what they said.</summary>
    Statement,

    /// <summary>A typed relation between two entities (holds-role, part-of, member-of, …).</summary>
    Relation,

    /// <summary>A number with metric, qualifier, unit, baseline and as-of date.</summary>
    Quantity,
}
