using System.Buffers;

namespace GraphApi.PackStream.Tests;

/// <summary>Byte-exact encodings at every size boundary of the PackStream v1 specification.</summary>
public class PackerTests
{
    public static TheoryData<long, string> Integers => new()
    {
        { 0, "00" },
        { 1, "01" },
        { 127, "7F" },
        { 128, "C90080" },
        { -1, "FF" },
        { -16, "F0" },
        { -17, "C8EF" },
        { -128, "C880" },
        { -129, "C9FF7F" },
        { 32767, "C97FFF" },
        { 32768, "CA00008000" },
        { -32768, "C98000" },
        { -32769, "CAFFFF7FFF" },
        { int.MaxValue, "CA7FFFFFFF" },
        { (long)int.MaxValue + 1, "CB0000000080000000" },
        { int.MinValue, "CA80000000" },
        { (long)int.MinValue - 1, "CBFFFFFFFF7FFFFFFF" },
        { long.MaxValue, "CB7FFFFFFFFFFFFFFF" },
        { long.MinValue, "CB8000000000000000" },
    };

    [Theory]
    [MemberData(nameof(Integers))]
    public void Integers_use_the_smallest_encoding(long value, string hex) =>
        Assert.Equal(hex, PackStreamHex.ToHex(value));

    [Theory]
    [MemberData(nameof(Integers))]
    public void Integers_round_trip(long value, string hex) =>
        Assert.Equal(value, new Unpacker(Convert.FromHexString(hex)).ReadInteger());

    [Fact]
    public void Scalars_have_their_markers()
    {
        Assert.Equal("C0", PackStreamHex.ToHex(null));
        Assert.Equal("C3", PackStreamHex.ToHex(true));
        Assert.Equal("C2", PackStreamHex.ToHex(false));
        Assert.Equal("C13FF199999999999A", PackStreamHex.ToHex(1.1));
        Assert.Equal("C1BFF199999999999A", PackStreamHex.ToHex(-1.1));
        Assert.Equal("C10000000000000000", PackStreamHex.ToHex(0.0));
        Assert.Equal("C17FF0000000000000", PackStreamHex.ToHex(double.PositiveInfinity));
    }

    public static TheoryData<int, string> StringHeaders => new()
    {
        { 0, "80" },
        { 1, "81" },
        { 15, "8F" },
        { 16, "D010" },
        { 255, "D0FF" },
        { 256, "D10100" },
        { 65535, "D1FFFF" },
        { 65536, "D200010000" },
    };

    [Theory]
    [MemberData(nameof(StringHeaders))]
    public void String_headers_change_at_each_boundary(int length, string header)
    {
        var bytes = PackStreamHex.Pack(new string('a', length));
        Assert.Equal(header, Convert.ToHexString(bytes, 0, header.Length / 2));
        Assert.Equal(header.Length / 2 + length, bytes.Length);
        Assert.Equal(new string('a', length), new Unpacker(bytes).ReadString());
    }

    [Fact]
    public void String_size_counts_utf8_bytes_not_characters()
    {
        // "مرحبا" is five Arabic letters of two UTF-8 bytes each.
        Assert.Equal("8AD985D8B1D8ADD8A8D8A7", PackStreamHex.ToHex("مرحبا"));
        Assert.Equal("83E282AC", PackStreamHex.ToHex("€"));
        Assert.Equal("مرحبا", new Unpacker(PackStreamHex.Pack("مرحبا")).ReadString());
    }

    public static TheoryData<int, string> ByteHeaders => new()
    {
        { 0, "CC00" },
        { 1, "CC01" },
        { 15, "CC0F" },
        { 16, "CC10" },
        { 255, "CCFF" },
        { 256, "CD0100" },
        { 65535, "CDFFFF" },
        { 65536, "CE00010000" },
    };

    [Theory]
    [MemberData(nameof(ByteHeaders))]
    public void Bytes_have_no_tiny_form(int length, string header)
    {
        var value = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var bytes = PackStreamHex.Pack(value);
        Assert.Equal(header, Convert.ToHexString(bytes, 0, header.Length / 2));
        Assert.Equal(value, new Unpacker(bytes).ReadBytes());
    }

    public static TheoryData<int, string> ListHeaders => new()
    {
        { 0, "90" },
        { 15, "9F" },
        { 16, "D410" },
        { 255, "D4FF" },
        { 256, "D50100" },
        { 65535, "D5FFFF" },
        { 65536, "D600010000" },
    };

    [Theory]
    [MemberData(nameof(ListHeaders))]
    public void List_headers_change_at_each_boundary(int count, string header)
    {
        var list = Enumerable.Repeat<object?>(1L, count).ToList();
        var bytes = PackStreamHex.Pack(list);
        Assert.Equal(header + PackStreamHex.Repeat("01", count), Convert.ToHexString(bytes));
        Assert.Equal(list, new Unpacker(bytes).ReadList());
    }

    public static TheoryData<int, string> MapHeaders => new()
    {
        { 0, "A0" },
        { 15, "AF" },
        { 16, "D810" },
        { 255, "D8FF" },
        { 256, "D90100" },
        { 65535, "D9FFFF" },
        { 65536, "DA00010000" },
    };

    [Theory]
    [MemberData(nameof(MapHeaders))]
    public void Map_headers_change_at_each_boundary(int count, string header)
    {
        var map = Enumerable.Range(0, count).ToDictionary(i => i.ToString("x5"), i => (object?)null);
        var bytes = PackStreamHex.Pack(map);
        Assert.Equal(header, Convert.ToHexString(bytes, 0, header.Length / 2));
        Assert.Equal(header.Length / 2 + count * (1 + 5 + 1), bytes.Length);
        var read = new Unpacker(bytes).ReadMap();
        Assert.Equal(count, read.Count);
        Assert.All(read.Values, Assert.Null);
    }

    [Fact]
    public void Nested_map_and_list_match_the_specification_example()
    {
        var value = new Dictionary<string, object?> { ["one"] = "eins", ["list"] = new object?[] { 1L, 2L } };
        Assert.Equal("A2836F6E658465696E73846C697374920102", PackStreamHex.ToHex(value));
    }

    [Fact]
    public void Structures_carry_the_callers_tag_and_field_count()
    {
        var node = new PackStreamStructure(0x4E, new object?[] { 1L, new object?[] { "Person" }, new Dictionary<string, object?>() });
        Assert.Equal("B34E019186506572736F6EA0", PackStreamHex.ToHex(node));
        var buffer = new ArrayBufferWriter<byte>();
        new Packer(buffer).WriteStructHeader(0x7F, 15);
        Assert.Equal("BF7F", Convert.ToHexString(buffer.WrittenSpan));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Packer(buffer).WriteStructHeader(0x7F, 16));
    }

    [Fact]
    public void Unsupported_types_are_named_in_the_error()
    {
        var error = Assert.Throws<PackStreamException>(() => PackStreamHex.Pack(new Uri("http://example.org")));
        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
        Assert.Throws<PackStreamException>(() => PackStreamHex.Pack(ulong.MaxValue));
    }

    [Fact]
    public void Clr_integer_types_pack_as_integers()
    {
        Assert.Equal("C90080", PackStreamHex.ToHex((short)128));
        Assert.Equal("C9FF7F", PackStreamHex.ToHex(-129));
        Assert.Equal("C900FF", PackStreamHex.ToHex((byte)255));
        Assert.Equal("CA00008000", PackStreamHex.ToHex(32768u));
        Assert.Equal("81" + "41", PackStreamHex.ToHex('A'));
    }

    [Fact]
    public void The_callers_dehydrator_turns_unknown_values_into_structures()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var packer = new Packer(buffer, value => value is DateOnly d ? new PackStreamStructure(0x44, [(long)d.Day]) : null);
        packer.Write(new List<object?> { new DateOnly(2024, 1, 15) });
        Assert.Equal("91B1440F", Convert.ToHexString(buffer.WrittenSpan));
        Assert.Throws<PackStreamException>(() => packer.Write(TimeSpan.Zero));
    }
}
