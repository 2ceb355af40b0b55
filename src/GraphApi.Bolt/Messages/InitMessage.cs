using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>INIT (Bolt 1-2): the user agent string and the auth map as two fields.</summary>
internal sealed class InitMessage(string userAgent, IReadOnlyDictionary<string, object?> auth) : IRequestMessage
{
    public string Name => "INIT";

    public void WriteTo(Packer packer, BoltVersion version)
    {
        packer.WriteStructHeader(MessageTag.Hello, 2);
        packer.WriteString(userAgent);
        packer.Write(auth);
    }
}
