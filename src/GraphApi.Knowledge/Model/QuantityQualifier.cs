namespace GraphApi.Knowledge.Model;

/// <summary>How a source qualifies a number ("more than 200"); interpreted as an interval by the claim comparer.</summary>
public enum QuantityQualifier
{
    Exactly,
    MoreThan,
    AtLeast,
    About,
    LessThan,
    AtMost,
}
