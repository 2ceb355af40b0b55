using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>LOGON (5.1+): authenticates a connection that HELLO opened, with scheme/principal/credentials.</summary>
internal sealed class LogonMessage(IReadOnlyDictionary<string, object?> auth) : IRequestMessage
{
    public string Name => "LOGON";

    public void WriteTo(Packer packer, BoltVersion version)
    {
        packer.WriteStructHeader(MessageTag.Logon, 1);
        packer.Write(auth);
    }
}
