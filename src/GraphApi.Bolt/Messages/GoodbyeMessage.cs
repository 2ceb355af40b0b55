using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>GOODBYE (3+): tells the server the client is closing; no reply follows.</summary>
internal sealed class GoodbyeMessage : IRequestMessage
{
    public static readonly GoodbyeMessage Instance = new();

    public string Name => "GOODBYE";

    public void WriteTo(Packer packer, BoltVersion version) => packer.WriteStructHeader(MessageTag.Goodbye, 0);
}
