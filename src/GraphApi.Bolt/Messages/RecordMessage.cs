namespace GraphApi.Bolt.Messages;

/// <summary>RECORD: one row of values, in the order of the RUN SUCCESS "fields".</summary>
internal sealed class RecordMessage(IReadOnlyList<object?> values) : ResponseMessage
{
    public override string Name => "RECORD";

    public IReadOnlyList<object?> Values { get; } = values;
}
