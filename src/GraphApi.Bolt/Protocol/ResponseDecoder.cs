using GraphApi.Bolt.Messages;
using GraphApi.PackStream;

namespace GraphApi.Bolt.Protocol;

/// <summary>Unpacks one dechunked server message into its response class, hydrating graph values on the way.</summary>
internal sealed class ResponseDecoder(BoltVersion version)
{
    private readonly GraphHydrator _hydrator = new(version);

    public ResponseMessage Decode(ReadOnlyMemory<byte> message)
    {
        var unpacker = new Unpacker(message, _hydrator.Hydrate);
        var fields = unpacker.ReadStructHeader(out var tag);
        ResponseMessage response = tag switch
        {
            MessageTag.Success => new SuccessMessage(fields == 0 ? Empty : unpacker.ReadMap()),
            MessageTag.Record => new RecordMessage(unpacker.ReadList()),
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

    private static readonly Dictionary<string, object?> Empty = new();
}
