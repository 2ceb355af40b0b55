namespace GraphApi.PackStream.Tests;

public class UnpackerTests
{
    [Fact]
    public void Reads_every_value_kind()
    {
        var value = new Dictionary<string, object?>
        {
            ["null"] = null,
            ["bool"] = true,
            ["int"] = -129L,
            ["float"] = 2.5,
            ["bytes"] = new byte[] { 1, 2, 3 },
            ["string"] = "مرحبا",
            ["list"] = new List<object?> { 1L, "two", null },
            ["map"] = new Dictionary<string, object?> { ["k"] = 65536L },
        };

        var read = new Unpacker(PackStreamHex.Pack(value)).ReadMap();

        Assert.Null(read["null"]);
        Assert.Equal(true, read["bool"]);
        Assert.Equal(-129L, read["int"]);
        Assert.Equal(2.5, read["float"]);
        Assert.Equal(new byte[] { 1, 2, 3 }, read["bytes"]);
        Assert.Equal("مرحبا", read["string"]);
        Assert.Equal(new List<object?> { 1L, "two", null }, read["list"]);
        Assert.Equal(65536L, Assert.IsType<Dictionary<string, object?>>(read["map"])["k"]);
    }

    [Fact]
    public void Structures_come_back_with_their_tag_or_through_the_hydrator()
    {
        var bytes = Convert.FromHexString("B24E0180");
        var raw = Assert.IsType<PackStreamStructure>(new Unpacker(bytes).ReadValue());
        Assert.Equal(0x4E, raw.Tag);
        Assert.Equal(new object?[] { 1L, string.Empty }, raw.Fields);

        var hydrated = new Unpacker(bytes, s => $"tag {s.Tag:X2} with {s.Fields.Count}").ReadValue();
        Assert.Equal("tag 4E with 2", hydrated);
    }

    [Fact]
    public void Truncated_input_names_the_offset()
    {
        var error = Assert.Throws<PackStreamException>(() => new Unpacker(Convert.FromHexString("D10100AA")).ReadString());
        Assert.Contains("offset 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("256 bytes needed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_marker_says_what_was_expected()
    {
        var error = Assert.Throws<PackStreamException>(() => new Unpacker(Convert.FromHexString("C0")).ReadInteger());
        Assert.Contains("Expected an integer", error.Message, StringComparison.Ordinal);
        Assert.Contains("0xC0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reserved_markers_are_rejected()
    {
        Assert.Throws<PackStreamException>(() => new Unpacker(new byte[] { 0xC4 }).ReadValue());
        Assert.Throws<PackStreamException>(() => new Unpacker(new byte[] { 0xDF }).ReadValue());
    }

    [Fact]
    public void Non_string_map_keys_are_rejected()
    {
        Assert.Throws<PackStreamException>(() => new Unpacker(Convert.FromHexString("A10101")).ReadMap());
    }
}
