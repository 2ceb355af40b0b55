using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>BEGIN (3+): opens an explicit transaction; extra carries bookmarks, mode, db and tx_metadata.</summary>
internal sealed class BeginMessage(IReadOnlyDictionary<string, object?> extra) : IRequestMessage
{
    public string Name => "BEGIN";

    public void WriteTo(Packer packer, BoltVersion version)
    {
        packer.WriteStructHeader(MessageTag.Begin, 1);
        packer.Write(extra);
    }
}
