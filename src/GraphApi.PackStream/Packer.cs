using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace GraphApi.PackStream;

/// <summary>
/// Writes PackStream v1 values (Neo4j PackStream specification) into a buffer. Every size picks the smallest
/// encoding the specification allows, so the bytes match other drivers exactly.
/// </summary>
public sealed class Packer
{
    private readonly IBufferWriter<byte> _output;
    private readonly Func<object, PackStreamStructure?>? _dehydrate;

    /// <param name="output">Where the bytes go.</param>
    /// <param name="dehydrate">
    /// Turns CLR values PackStream does not know (dates, points, ...) into structures; the caller owns their
    /// tags. Returns null for values it does not handle either.
    /// </param>
    public Packer(IBufferWriter<byte> output, Func<object, PackStreamStructure?>? dehydrate = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _dehydrate = dehydrate;
    }

    public void WriteNull() => WriteByte(PackStreamMarker.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? PackStreamMarker.True : PackStreamMarker.False);

    /// <summary>Integers use TINY_INT for -16..127, then INT_8, INT_16, INT_32 and INT_64 ("Integer" section).</summary>
    public void WriteInteger(long value)
    {
        if (value >= -16 && value <= 127)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value >= sbyte.MinValue && value < -16)
        {
            var span = _output.GetSpan(2);
            span[0] = PackStreamMarker.Int8;
            span[1] = unchecked((byte)(sbyte)value);
            _output.Advance(2);
        }
        else if (value >= short.MinValue && value <= short.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = PackStreamMarker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            _output.Advance(3);
        }
        else if (value >= int.MinValue && value <= int.MaxValue)
        {
            var span = _output.GetSpan(5);
            span[0] = PackStreamMarker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            _output.Advance(5);
        }
        else
        {
            var span = _output.GetSpan(9);
            span[0] = PackStreamMarker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            _output.Advance(9);
        }
    }

    /// <summary>Floats are always 64-bit IEEE 754 ("Float" section): there is no smaller form.</summary>
    public void WriteFloat(double value)
    {
        var span = _output.GetSpan(9);
        span[0] = PackStreamMarker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        _output.Advance(9);
    }

    /// <summary>Byte arrays have no tiny form ("Bytes" section): the smallest is BYTES_8.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteSizedHeader(value.Length, tiny: null, PackStreamMarker.Bytes8, PackStreamMarker.Bytes16, PackStreamMarker.Bytes32);
        WriteRaw(value);
    }

    /// <summary>Strings are UTF-8; the size counts bytes, not characters ("String" section).</summary>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(byteCount, PackStreamMarker.TinyString, PackStreamMarker.String8, PackStreamMarker.String16, PackStreamMarker.String32);
        if (byteCount == 0)
        {
            return;
        }

        var span = _output.GetSpan(byteCount);
        var written = Encoding.UTF8.GetBytes(value, span);
        _output.Advance(written);
    }

    public void WriteListHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarker.TinyList, PackStreamMarker.List8, PackStreamMarker.List16, PackStreamMarker.List32);

    public void WriteMapHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarker.TinyMap, PackStreamMarker.Map8, PackStreamMarker.Map16, PackStreamMarker.Map32);

    /// <summary>
    /// Starts a structure of <paramref name="fieldCount"/> fields with a tag chosen by the caller
    /// ("Structure" section: the tag's meaning belongs to the protocol above PackStream).
    /// </summary>
    public void WriteStructHeader(byte tag, int fieldCount)
    {
        if (fieldCount < 0 || fieldCount > PackStreamMarker.MaxStructFields)
        {
            throw new ArgumentOutOfRangeException(
                nameof(fieldCount), fieldCount, $"A PackStream structure holds 0 to {PackStreamMarker.MaxStructFields} fields.");
        }

        var span = _output.GetSpan(2);
        span[0] = (byte)(PackStreamMarker.TinyStruct | fieldCount);
        span[1] = tag;
        _output.Advance(2);
    }

    /// <summary>
    /// Writes any supported CLR value: null, bool, integral numbers, float/double, string, char, byte arrays,
    /// dictionaries with string keys, other enumerables as lists, and <see cref="PackStreamStructure"/>.
    /// </summary>
    public void Write(object? value)
    {
        switch (value)
        {
            case null:
                WriteNull();
                break;
            case bool b:
                WriteBoolean(b);
                break;
            case long l:
                WriteInteger(l);
                break;
            case int i:
                WriteInteger(i);
                break;
            case short s:
                WriteInteger(s);
                break;
            case sbyte sb:
                WriteInteger(sb);
                break;
            case byte by:
                WriteInteger(by);
                break;
            case ushort us:
                WriteInteger(us);
                break;
            case uint ui:
                WriteInteger(ui);
                break;
            case ulong ul:
                if (ul > long.MaxValue)
                {
                    throw new PackStreamException($"The integer {ul} does not fit PackStream's signed 64-bit range.");
                }

                WriteInteger((long)ul);
                break;
            case double d:
                WriteFloat(d);
                break;
            case float f:
                WriteFloat(f);
                break;
            case string str:
                WriteString(str);
                break;
            case char c:
                WriteString(c.ToString());
                break;
            case byte[] bytes:
                WriteBytes(bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case PackStreamStructure structure:
                WriteStructure(structure);
                break;
            case IReadOnlyDictionary<string, object?> readOnlyMap:
                WriteMapHeader(readOnlyMap.Count);
                foreach (var (key, item) in readOnlyMap)
                {
                    WriteString(key);
                    Write(item);
                }

                break;
            case IDictionary map:
                WriteMapHeader(map.Count);
                foreach (DictionaryEntry entry in map)
                {
                    if (entry.Key is not string key)
                    {
                        throw new PackStreamException(
                            $"PackStream map keys must be strings; got a key of type {entry.Key.GetType().Name}.");
                    }

                    WriteString(key);
                    Write(entry.Value);
                }

                break;
            case ICollection collection:
                WriteListHeader(collection.Count);
                foreach (var item in collection)
                {
                    Write(item);
                }

                break;
            case IEnumerable sequence:
                var items = sequence.Cast<object?>().ToList();
                WriteListHeader(items.Count);
                foreach (var item in items)
                {
                    Write(item);
                }

                break;
            case not null when _dehydrate?.Invoke(value) is { } dehydrated:
                WriteStructure(dehydrated);
                break;
            default:
                throw new PackStreamException(
                    $"PackStream cannot encode a value of type {value.GetType().FullName}; " +
                    "convert it to null, bool, an integer, a float, a string, bytes, a list, a map or a structure first.");
        }
    }

    private void WriteStructure(PackStreamStructure structure)
    {
        WriteStructHeader(structure.Tag, structure.Fields.Count);
        foreach (var field in structure.Fields)
        {
            Write(field);
        }
    }

    private void WriteSizedHeader(int size, byte? tiny, byte marker8, byte marker16, byte marker32)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (tiny is { } tinyMarker && size < 16)
        {
            WriteByte((byte)(tinyMarker | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = _output.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            _output.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
            _output.Advance(3);
        }
        else
        {
            var span = _output.GetSpan(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
            _output.Advance(5);
        }
    }

    private void WriteByte(byte value)
    {
        var span = _output.GetSpan(1);
        span[0] = value;
        _output.Advance(1);
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        var span = _output.GetSpan(bytes.Length);
        bytes.CopyTo(span);
        _output.Advance(bytes.Length);
    }
}
