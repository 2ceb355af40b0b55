using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>DISCARD (4.0+): drops the next <c>n</c> records (-1 = all) of statement <c>qid</c>.</summary>
internal sealed class DiscardMessage(long n, long qid) : IRequestMessage
{
    public string Name => "DISCARD";

    public void WriteTo(Packer packer, BoltVersion version)
    {
        packer.WriteStructHeader(MessageTag.Discard, 1);
        PullMessage.WriteBatchExtra(packer, n, qid);
    }
}
