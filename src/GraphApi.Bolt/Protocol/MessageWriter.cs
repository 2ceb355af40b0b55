using System.Buffers;
using System.Buffers.Binary;
using GraphApi.Bolt.Messages;
using GraphApi.PackStream;

namespace GraphApi.Bolt.Protocol;

/// <summary>
/// Packs request messages and splits them into chunks (Bolt message specification, "Chunking"): each chunk
/// is a big-endian 16-bit size and at most 65,535 bytes of data, and <c>00 00</c> ends a message. Messages
/// queue in memory until <see cref="FlushAsync"/>, so a pipeline (RUN + PULL) costs one write.
/// </summary>
internal sealed class MessageWriter
{
    public const int MaxChunkSize = ushort.MaxValue;

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _message = new(256);
    private readonly ArrayBufferWriter<byte> _pending = new(1024);

    public MessageWriter(Stream stream)
    {
        _stream = stream;
    }

    public bool HasPending => _pending.WrittenCount > 0;

    /// <summary>Turns temporal and spatial parameters into structures for the negotiated version.</summary>
    public TemporalStructures? Temporal { get; set; }

    public void Enqueue(IRequestMessage message, BoltVersion version)
    {
        _message.ResetWrittenCount();
        message.WriteTo(new Packer(_message, Temporal is { } temporal ? temporal.Dehydrate : null), version);
        AppendChunked(_message.WrittenSpan);
    }

    /// <summary>Splits one packed message into chunks and appends the end marker.</summary>
    public void AppendChunked(ReadOnlySpan<byte> body)
    {
        while (!body.IsEmpty)
        {
            var size = Math.Min(body.Length, MaxChunkSize);
            var header = _pending.GetSpan(2);
            BinaryPrimitives.WriteUInt16BigEndian(header, (ushort)size);
            _pending.Advance(2);
            _pending.Write(body[..size]);
            body = body[size..];
        }

        var end = _pending.GetSpan(2);
        end[0] = 0;
        end[1] = 0;
        _pending.Advance(2);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        await _stream.WriteAsync(_pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _pending.ResetWrittenCount();
    }

    public void DiscardPending() => _pending.ResetWrittenCount();
}
