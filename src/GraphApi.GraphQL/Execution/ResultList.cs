using System.Collections;

namespace GraphApi.GraphQL.Execution;

/// <summary>A list in the response (GraphQL spec §6.4.3 "Value Completion", lists).</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    internal ResultList(int count, ResultNode parent, int indexInParent, bool nonNullInParent)
        : base(parent, indexInParent, nonNullInParent, count)
    {
    }

    public int Count => Values.Length;

    public object? this[int index] => Values[index];

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)Values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
