using System.Buffers.Binary;
using System.Text;

namespace GraphApi.PackStream;

/// <summary>
/// Reads PackStream v1 values from a complete buffer (Neo4j PackStream specification). The caller may pass a
/// hydrator that turns structures into its own types; PackStream itself never interprets a structure tag.
/// </summary>
public sealed class Unpacker
{
    private readonly ReadOnlyMemory<byte> _buffer;
    private readonly Func<PackStreamStructure, object?>? _hydrate;
    private int _position;

    public Unpacker(ReadOnlyMemory<byte> buffer, Func<PackStreamStructure, object?>? hydrate = null)
    {
        _buffer = buffer;
        _hydrate = hydrate;
    }

    public int Position => _position;

    public int Remaining => _buffer.Length - _position;

    public PackStreamType PeekType()
    {
        var marker = PeekMarker();
        return (marker & 0xF0) switch
        {
            PackStreamMarker.TinyString => PackStreamType.String,
            PackStreamMarker.TinyList => PackStreamType.List,
            PackStreamMarker.TinyMap => PackStreamType.Map,
            PackStreamMarker.TinyStruct => PackStreamType.Struct,
            _ when marker <= 0x7F || marker >= 0xF0 => PackStreamType.Integer,
            _ => marker switch
            {
                PackStreamMarker.Null => PackStreamType.Null,
                PackStreamMarker.Float64 => PackStreamType.Float,
                PackStreamMarker.False or PackStreamMarker.True => PackStreamType.Boolean,
                PackStreamMarker.Int8 or PackStreamMarker.Int16 or PackStreamMarker.Int32 or PackStreamMarker.Int64 => PackStreamType.Integer,
                PackStreamMarker.Bytes8 or PackStreamMarker.Bytes16 or PackStreamMarker.Bytes32 => PackStreamType.Bytes,
                PackStreamMarker.String8 or PackStreamMarker.String16 or PackStreamMarker.String32 => PackStreamType.String,
                PackStreamMarker.List8 or PackStreamMarker.List16 or PackStreamMarker.List32 => PackStreamType.List,
                PackStreamMarker.Map8 or PackStreamMarker.Map16 or PackStreamMarker.Map32 => PackStreamType.Map,
                _ => throw Unexpected(marker, "any PackStream value"),
            },
        };
    }

    public object? ReadValue() => PeekType() switch
    {
        PackStreamType.Null => ReadNullAndReturn(),
        PackStreamType.Boolean => ReadBoolean(),
        PackStreamType.Integer => ReadInteger(),
        PackStreamType.Float => ReadFloat(),
        PackStreamType.Bytes => ReadBytes(),
        PackStreamType.String => ReadString(),
        PackStreamType.List => ReadList(),
        PackStreamType.Map => ReadMap(),
        PackStreamType.Struct => ReadStructure(),
        _ => throw new PackStreamException("Unreachable PackStream type."),
    };

    public void ReadNull()
    {
        var marker = ReadMarker();
        if (marker != PackStreamMarker.Null)
        {
            throw Unexpected(marker, "NULL (C0)");
        }
    }

    public bool ReadBoolean() => ReadMarker() switch
    {
        PackStreamMarker.True => true,
        PackStreamMarker.False => false,
        var marker => throw Unexpected(marker, "a boolean (C2 or C3)"),
    };

    public long ReadInteger()
    {
        var marker = ReadMarker();
        if (marker <= 0x7F || marker >= 0xF0)
        {
            return unchecked((sbyte)marker);
        }

        return marker switch
        {
            PackStreamMarker.Int8 => unchecked((sbyte)Take(1)[0]),
            PackStreamMarker.Int16 => BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            PackStreamMarker.Int32 => BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            PackStreamMarker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            _ => throw Unexpected(marker, "an integer"),
        };
    }

    public double ReadFloat()
    {
        var marker = ReadMarker();
        if (marker != PackStreamMarker.Float64)
        {
            throw Unexpected(marker, "FLOAT_64 (C1)");
        }

        return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
    }

    public byte[] ReadBytes()
    {
        var marker = ReadMarker();
        var size = marker switch
        {
            PackStreamMarker.Bytes8 => Take(1)[0],
            PackStreamMarker.Bytes16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            PackStreamMarker.Bytes32 => ReadSize32(),
            _ => throw Unexpected(marker, "bytes (CC, CD or CE)"),
        };
        return Take(size).ToArray();
    }

    public string ReadString()
    {
        var size = ReadSize(PackStreamMarker.TinyString, PackStreamMarker.String8, PackStreamMarker.String16, PackStreamMarker.String32, "a string");
        return size == 0 ? string.Empty : Encoding.UTF8.GetString(Take(size));
    }

    public int ReadListHeader() =>
        ReadSize(PackStreamMarker.TinyList, PackStreamMarker.List8, PackStreamMarker.List16, PackStreamMarker.List32, "a list");

    public int ReadMapHeader() =>
        ReadSize(PackStreamMarker.TinyMap, PackStreamMarker.Map8, PackStreamMarker.Map16, PackStreamMarker.Map32, "a map");

    /// <summary>Reads a structure header and returns its field count; the tag comes out through <paramref name="tag"/>.</summary>
    public int ReadStructHeader(out byte tag)
    {
        var marker = ReadMarker();
        if ((marker & 0xF0) != PackStreamMarker.TinyStruct)
        {
            throw Unexpected(marker, "a structure (B0..BF)");
        }

        tag = Take(1)[0];
        return marker & 0x0F;
    }

    public List<object?> ReadList()
    {
        var count = ReadListHeader();
        var list = new List<object?>(Math.Min(count, Remaining));
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }

        return list;
    }

    public Dictionary<string, object?> ReadMap()
    {
        var count = ReadMapHeader();
        var map = new Dictionary<string, object?>(Math.Min(count, Remaining), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (PeekType() != PackStreamType.String)
            {
                throw new PackStreamException(
                    $"PackStream map keys must be strings; found marker 0x{PeekMarker():X2} at offset {_position}.");
            }

            var key = ReadString();

            // The specification lets the last value of a repeated key win.
            map[key] = ReadValue();
        }

        return map;
    }

    /// <summary>Reads a structure and hands it to the hydrator when one was given.</summary>
    public object? ReadStructure()
    {
        var count = ReadStructHeader(out var tag);
        var fields = new object?[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = ReadValue();
        }

        var structure = new PackStreamStructure(tag, fields);
        return _hydrate is null ? structure : _hydrate(structure);
    }

    private object? ReadNullAndReturn()
    {
        ReadNull();
        return null;
    }

    private int ReadSize(byte tiny, byte marker8, byte marker16, byte marker32, string expected)
    {
        var marker = ReadMarker();
        if ((marker & 0xF0) == tiny)
        {
            return marker & 0x0F;
        }

        if (marker == marker8)
        {
            return Take(1)[0];
        }

        if (marker == marker16)
        {
            return BinaryPrimitives.ReadUInt16BigEndian(Take(2));
        }

        if (marker == marker32)
        {
            return ReadSize32();
        }

        throw Unexpected(marker, expected);
    }

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        if (size > int.MaxValue)
        {
            throw new PackStreamException($"A PackStream size of {size} exceeds what this reader supports ({int.MaxValue}).");
        }

        return (int)size;
    }

    private byte PeekMarker()
    {
        if (_position >= _buffer.Length)
        {
            throw new PackStreamException($"Unexpected end of PackStream data at offset {_position}: a marker byte was expected.");
        }

        return _buffer.Span[_position];
    }

    private byte ReadMarker()
    {
        var marker = PeekMarker();
        _position++;
        return marker;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > Remaining)
        {
            throw new PackStreamException(
                $"Unexpected end of PackStream data at offset {_position}: {count} bytes needed, {Remaining} left.");
        }

        var span = _buffer.Span.Slice(_position, count);
        _position += count;
        return span;
    }

    private PackStreamException Unexpected(byte marker, string expected) =>
        new($"Expected {expected} at offset {_position - 1} but found marker 0x{marker:X2}.");
}
