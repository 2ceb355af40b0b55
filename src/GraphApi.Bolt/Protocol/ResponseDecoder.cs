using GraphApi.Bolt.Messages;
using GraphApi.PackStream;

namespace GraphApi.Bolt.Protocol;

/// <summary>
/// Unpacks one dechunked server message into its response class, hydrating graph values on the way. A value that
/// cannot be represented (an unknown time zone) does not break the stream: the RECORD carries the error, and reading
/// that one record fails.
/// </summary>
internal sealed class ResponseDecoder(BoltVersion version, bool utc)
{
    private static readonly Dictionary<string, object?> Empty = new();

    private readonly GraphHydrator _hydrator = new(version, utc);
    private ValueHydrationException? _valueError;

    public ResponseMessage Decode(ReadOnlyMemory<byte> message)
    {
        _valueError = null;
        var unpacker = new Unpacker(message, Hydrate);
        var fields = unpacker.ReadStructHeader(out var tag);
        ResponseMessage response = tag switch
        {
            MessageTag.Success => new SuccessMessage(fields == 0 ? Empty : unpacker.ReadMap()),
            MessageTag.Record => new RecordMessage(unpacker.ReadList()) { ValueError = _valueError },
            MessageTag.Ignored => IgnoredMessage.Instance,
            MessageTag.Failure => new FailureMessage(unpacker.ReadMap()),
            _ => throw new ProtocolViolationException(
                $"The server sent a message with tag 0x{tag:X2}, which is not SUCCESS, RECORD, IGNORED or FAILURE."),
        };

        if (unpacker.Remaining != 0)
        {
            throw new ProtocolViolationException(
                $"The server's {response.Name} message has {unpacker.Remaining} unexpected trailing bytes.");
        }

        return response;
    }

    private object? Hydrate(PackStreamStructure structure)
    {
        try
        {
            return _hydrator.Hydrate(structure);
        }
        catch (ValueHydrationException ex)
        {
            _valueError ??= ex;
            return null;
        }
    }
}
