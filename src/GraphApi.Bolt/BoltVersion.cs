namespace GraphApi.Bolt;

/// <summary>
/// A Bolt protocol version, major.minor (Bolt handshake specification, "Version negotiation"). Ordered so
/// that feature checks read as <c>version &gt;= BoltVersion.V5_1</c>.
/// </summary>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static readonly BoltVersion V1 = new(1, 0);
    public static readonly BoltVersion V3 = new(3, 0);
    public static readonly BoltVersion V4_0 = new(4, 0);
    public static readonly BoltVersion V4_1 = new(4, 1);
    public static readonly BoltVersion V4_2 = new(4, 2);
    public static readonly BoltVersion V4_3 = new(4, 3);
    public static readonly BoltVersion V4_4 = new(4, 4);
    public static readonly BoltVersion V5_0 = new(5, 0);
    public static readonly BoltVersion V5_1 = new(5, 1);
    public static readonly BoltVersion V5_2 = new(5, 2);
    public static readonly BoltVersion V5_3 = new(5, 3);
    public static readonly BoltVersion V5_4 = new(5, 4);
    public static readonly BoltVersion V5_5 = new(5, 5);
    public static readonly BoltVersion V5_6 = new(5, 6);
    public static readonly BoltVersion V5_7 = new(5, 7);
    public static readonly BoltVersion V5_8 = new(5, 8);

    /// <summary>The newest Bolt version this client speaks.</summary>
    public static readonly BoltVersion Newest = V5_8;

    public int CompareTo(BoltVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(BoltVersion left, BoltVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(BoltVersion left, BoltVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(BoltVersion left, BoltVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BoltVersion left, BoltVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Major}.{Minor}";
}
