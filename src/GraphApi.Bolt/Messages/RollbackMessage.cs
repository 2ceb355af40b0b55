using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>ROLLBACK (3+): rolls the explicit transaction back.</summary>
internal sealed class RollbackMessage : IRequestMessage
{
    public static readonly RollbackMessage Instance = new();

    public string Name => "ROLLBACK";

    public void WriteTo(Packer packer, BoltVersion version) => packer.WriteStructHeader(MessageTag.Rollback, 0);
}
