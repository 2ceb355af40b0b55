using GraphApi.Bolt.Messages;
using GraphApi.Bolt.Protocol;

namespace GraphApi.Bolt.Tests;

/// <summary>Bolt message specification, "Chunking": 2-byte sizes, at most 65,535 bytes a chunk, 00 00 at the end.</summary>
public class MessageChunkingTests
{
    [Fact]
    public async Task A_small_message_is_one_chunk_and_an_end_marker()
    {
        var stream = new MemoryStream();
        var writer = new MessageWriter(stream);
        writer.Enqueue(ResetMessage.Instance, BoltVersion.V5_4);
        writer.Enqueue(new PullMessage(100, -1), BoltVersion.V5_4);
        await writer.FlushAsync(CancellationToken.None);

        Assert.Equal("0002B00F0000" + "0006B13FA1816E640000", Convert.ToHexString(stream.ToArray()));
    }

    [Theory]
    [InlineData(65_535, "FFFF", 1)]
    [InlineData(65_536, "FFFF", 2)]
    [InlineData(200_000, "FFFF", 4)]
    public async Task Large_messages_split_at_65535_bytes(int size, string firstHeader, int chunks)
    {
        var stream = new MemoryStream();
        var writer = new MessageWriter(stream);
        writer.AppendChunked(new byte[size]);
        await writer.FlushAsync(CancellationToken.None);
        var bytes = stream.ToArray();

        Assert.Equal(firstHeader, Convert.ToHexString(bytes, 0, 2));
        Assert.Equal(size + (2 * chunks) + 2, bytes.Length);
        Assert.Equal("0000", Convert.ToHexString(bytes, bytes.Length - 2, 2));
    }

    [Fact]
    public async Task Buffered_messages_complete_synchronously_and_noop_chunks_are_skipped()
    {
        var bytes = Convert.FromHexString("0000" + "0001AA0002BBCC0000" + "0001DD0000");
        var reader = new MessageReader(new MemoryStream(bytes));

        var first = await reader.ReadMessageAsync(CancellationToken.None);
        Assert.Equal("AABBCC", Convert.ToHexString(first.Span));

        var second = reader.ReadMessageAsync(CancellationToken.None);
        Assert.True(second.IsCompletedSuccessfully);
        Assert.Equal("DD", Convert.ToHexString((await second).Span));

        await Assert.ThrowsAsync<EndOfStreamException>(async () => await reader.ReadMessageAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reads_a_message_that_arrives_one_byte_at_a_time()
    {
        var reader = new MessageReader(new TrickleStream(Convert.FromHexString("0003010203" + "0001040000")), bufferSize: 4);
        var message = await reader.ReadMessageAsync(CancellationToken.None);
        Assert.Equal("01020304", Convert.ToHexString(message.Span));
    }

    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
