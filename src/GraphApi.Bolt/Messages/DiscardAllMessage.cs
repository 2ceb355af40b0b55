using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>DISCARD_ALL (Bolt 1-3): drops every remaining record; no fields.</summary>
internal sealed class DiscardAllMessage : IRequestMessage
{
    public static readonly DiscardAllMessage Instance = new();

    public string Name => "DISCARD_ALL";

    public void WriteTo(Packer packer, BoltVersion version) => packer.WriteStructHeader(MessageTag.Discard, 0);
}
