namespace GraphApi.Knowledge.Stores;

/// <summary>Which edges of an entity to follow: those it starts, those that end at it, or both.</summary>
public enum RelationshipDirection
{
    Both,
    Outgoing,
    Incoming,
}
