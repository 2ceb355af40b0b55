namespace GraphApi.Knowledge.Model;

/// <summary>The part an entity plays in a claim. <c>about:</c> entities count as objects.</summary>
public enum ClaimRole
{
    Any,
    Subject,
    Object,
    Speaker,
}
