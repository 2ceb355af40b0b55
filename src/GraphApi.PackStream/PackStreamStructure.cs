namespace GraphApi.PackStream;

/// <summary>
/// A structure as it travels on the wire: a one-byte tag and its fields. PackStream gives tags no meaning;
/// the caller (for example the Bolt layer) decides what a tag stands for.
/// </summary>
public sealed class PackStreamStructure
{
    public PackStreamStructure(byte tag, IReadOnlyList<object?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count > PackStreamMarker.MaxStructFields)
        {
            throw new ArgumentException(
                $"A PackStream structure holds at most {PackStreamMarker.MaxStructFields} fields; got {fields.Count}.",
                nameof(fields));
        }

        Tag = tag;
        Fields = fields;
    }

    public byte Tag { get; }

    public IReadOnlyList<object?> Fields { get; }

    public override string ToString() => $"Structure(0x{Tag:X2}, {Fields.Count} fields)";
}
