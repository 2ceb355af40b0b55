using System.Buffers;

namespace GraphApi.PackStream.Tests;

/// <summary>Packs values to upper-case hex so byte tables read like the specification's examples.</summary>
internal static class PackStreamHex
{
    public static byte[] Pack(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new Packer(buffer).Write(value);
        return buffer.WrittenSpan.ToArray();
    }

    public static string ToHex(object? value) => Convert.ToHexString(Pack(value));

    public static string Repeat(string hexByte, int count) => string.Concat(Enumerable.Repeat(hexByte, count));
}
