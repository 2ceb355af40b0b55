using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>PULL (4.0+): asks for the next <c>n</c> records (-1 = all) of the statement <c>qid</c> (-1 = the last one).</summary>
internal sealed class PullMessage(long n, long qid) : IRequestMessage
{
    public string Name => "PULL";

    public void WriteTo(Packer packer, BoltVersion version)
    {
        packer.WriteStructHeader(MessageTag.Pull, 1);
        WriteBatchExtra(packer, n, qid);
    }

    /// <summary>The {n, qid} map shared by PULL and DISCARD; qid is left out when it means "last statement".</summary>
    internal static void WriteBatchExtra(Packer packer, long n, long qid)
    {
        packer.WriteMapHeader(qid == -1 ? 1 : 2);
        packer.WriteString("n");
        packer.WriteInteger(n);
        if (qid != -1)
        {
            packer.WriteString("qid");
            packer.WriteInteger(qid);
        }
    }
}
