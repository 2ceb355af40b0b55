using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>ACK_FAILURE (Bolt 1-2): acknowledges a FAILURE so the connection leaves the FAILED state.</summary>
internal sealed class AckFailureMessage : IRequestMessage
{
    public static readonly AckFailureMessage Instance = new();

    public string Name => "ACK_FAILURE";

    public void WriteTo(Packer packer, BoltVersion version) => packer.WriteStructHeader(MessageTag.AckFailure, 0);
}
