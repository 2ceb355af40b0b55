using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>
/// HELLO (3+): one map with user_agent and, before 5.1, the auth fields; from 5.1 auth moves to LOGON, and
/// from 5.3 the map also carries bolt_agent.
/// </summary>
internal sealed class HelloMessage(IReadOnlyDictionary<string, object?> extra) : IRequestMessage
{
    public string Name => "HELLO";

    public IReadOnlyDictionary<string, object?> Extra { get; } = extra;

    public void WriteTo(Packer packer, BoltVersion version)
    {
        packer.WriteStructHeader(MessageTag.Hello, 1);
        packer.Write(Extra);
    }
}
