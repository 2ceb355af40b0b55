namespace GraphApi.GraphQL.Execution;

/// <summary>
/// A mutable node of the response tree being built. It knows its slot in its parent so a null in a non-null
/// position can bubble up to the nearest nullable parent (GraphQL spec §6.4.4 "Handling Field Errors").
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(ResultNode? parent, int indexInParent, bool nonNullInParent, int count)
    {
        Parent = parent;
        IndexInParent = indexInParent;
        NonNullInParent = nonNullInParent;
        Values = count == 0 ? [] : new object?[count];
    }

    internal ResultNode? Parent { get; }

    internal int IndexInParent { get; }

    internal bool NonNullInParent { get; }

    /// <summary>Set when a null bubbled into this node: its parent holds null in its place.</summary>
    internal bool IsNulled { get; set; }

    internal object?[] Values { get; }

    /// <summary>Whether this node or an ancestor was nulled, so further work under it is wasted.</summary>
    internal bool IsDead
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.IsNulled)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
