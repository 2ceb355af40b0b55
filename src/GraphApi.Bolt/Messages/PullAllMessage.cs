using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>PULL_ALL (Bolt 1-3): streams every remaining record; no fields.</summary>
internal sealed class PullAllMessage : IRequestMessage
{
    public static readonly PullAllMessage Instance = new();

    public string Name => "PULL_ALL";

    public void WriteTo(Packer packer, BoltVersion version) => packer.WriteStructHeader(MessageTag.Pull, 0);
}
