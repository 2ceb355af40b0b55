using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Stores;

/// <summary>
/// What one caller may read: a required argument of every read of <see cref="IKnowledgeStore"/>, so no read can
/// forget it. Built once per request from the caller's roles and the clock, so an embargo ends on time and every store
/// call of one request sees the same graph. A record is readable when its <see cref="GraphVisibility"/> instant
/// (<c>visibleFrom</c>) is at most <see cref="Horizon"/>.
/// </summary>
public sealed record ReadScope
{
    private ReadScope(bool includesInternal, DateTimeOffset at)
    {
        IncludesInternal = includesInternal;
        At = at;
    }

    /// <summary>Readers and editors: every source, internal and embargoed ones included.</summary>
    public static ReadScope Everything { get; } = new(true, DateTimeOffset.MaxValue);

    /// <summary>True for <see cref="Everything"/>.</summary>
    public bool IncludesInternal { get; }

    /// <summary>The instant embargoes are judged at.</summary>
    public DateTimeOffset At { get; }

    /// <summary>
    /// The latest <c>visibleFrom</c> this caller may read, in milliseconds since the Unix epoch:
    /// <see cref="GraphVisibility.Never"/> for <see cref="Everything"/>, <see cref="At"/> for public callers.
    /// Stores compare it with the instant each record carries (a Cypher parameter on Neo4j).
    /// </summary>
    public long Horizon => IncludesInternal ? GraphVisibility.Never : At.ToUnixTimeMilliseconds();

    /// <summary>Anonymous callers: public sources whose embargo has ended at <paramref name="at"/>, and what derives from them.</summary>
    public static ReadScope PublicAt(DateTimeOffset at) => new(false, at);

    /// <summary>True when a record that becomes readable at <paramref name="visibleFrom"/> is readable in this scope.</summary>
    public bool CanRead(long visibleFrom) => visibleFrom <= Horizon;

    public override string ToString() => IncludesInternal ? "everything" : $"public at {At:O}";
}
