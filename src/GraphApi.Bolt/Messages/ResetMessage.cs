using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>RESET: returns the connection to READY, ending any transaction and clearing a failure.</summary>
internal sealed class ResetMessage : IRequestMessage
{
    public static readonly ResetMessage Instance = new();

    public string Name => "RESET";

    public void WriteTo(Packer packer, BoltVersion version) => packer.WriteStructHeader(MessageTag.Reset, 0);
}
