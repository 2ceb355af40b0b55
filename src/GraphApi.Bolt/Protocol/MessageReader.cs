using System.Buffers;
using System.Buffers.Binary;

namespace GraphApi.Bolt.Protocol;

/// <summary>
/// Reads chunked Bolt messages (Bolt message specification, "Chunking") through a read buffer. A message that
/// is already buffered completes synchronously; a zero-byte read means the server closed the connection.
/// The returned memory stays valid until the next read.
/// </summary>
internal sealed class MessageReader
{
    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _message = new(1024);
    private byte[] _buffer;
    private int _start;
    private int _end;

    public MessageReader(Stream stream, int bufferSize = 8192)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    /// <summary>Called whenever bytes arrive, NOOP keep-alive chunks included: the server is alive.</summary>
    public Action? BytesReceived { get; set; }

    public ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        _message.ResetWrittenCount();
        return TryAssembleMessage() ? new ValueTask<ReadOnlyMemory<byte>>(_message.WrittenMemory) : ReadSlowAsync(cancellationToken);
    }

    /// <summary>Reads exactly <paramref name="count"/> raw bytes, as the handshake needs.</summary>
    public async ValueTask<byte[]> ReadExactAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }

        var bytes = _buffer.AsSpan(_start, count).ToArray();
        _start += count;
        return bytes;
    }

    private async ValueTask<ReadOnlyMemory<byte>> ReadSlowAsync(CancellationToken cancellationToken)
    {
        do
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
        while (!TryAssembleMessage());

        return _message.WrittenMemory;
    }

    /// <summary>
    /// Moves whole chunks from the read buffer into the message until the <c>00 00</c> end marker. Chunks that
    /// are only partly buffered stay put until more bytes arrive.
    /// </summary>
    private bool TryAssembleMessage()
    {
        while (_end - _start >= 2)
        {
            var size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, 2));
            if (size == 0)
            {
                _start += 2;
                if (_message.WrittenCount > 0)
                {
                    return true;
                }

                // An empty message (00 00 alone) is a NOOP keep-alive chunk (Bolt 4.1+): skip it.
                continue;
            }

            if (_end - _start < 2 + size)
            {
                return false;
            }

            _message.Write(_buffer.AsSpan(_start + 2, size));
            _start += 2 + size;
        }

        return false;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new EndOfStreamException("The server closed the connection.");
        }

        _end += read;
        BytesReceived?.Invoke();
    }
}
