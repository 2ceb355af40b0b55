namespace GraphApi.Bolt.Messages;

/// <summary>RECORD: one row of values, in the order of the RUN SUCCESS "fields".</summary>
internal sealed class RecordMessage(IReadOnlyList<object?> values) : ResponseMessage
{
    public override string Name => "RECORD";

    public IReadOnlyList<object?> Values { get; } = values;

    /// <summary>Set when a value of the row could not be hydrated; reading the record throws it.</summary>
    public ValueHydrationException? ValueError { get; init; }
}
