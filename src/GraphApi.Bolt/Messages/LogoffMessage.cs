using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>LOGOFF (5.1+): drops the connection's authentication so that LOGON can switch to other credentials.</summary>
internal sealed class LogoffMessage : IRequestMessage
{
    public static readonly LogoffMessage Instance = new();

    public string Name => "LOGOFF";

    public void WriteTo(Packer packer, BoltVersion version) => packer.WriteStructHeader(MessageTag.Logoff, 0);
}
