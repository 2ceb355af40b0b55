using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>
/// TELEMETRY (5.4+): tells the server which driver API started the work that follows. Sent only when the server
/// asked for it with the <c>telemetry.enabled</c> hint.
/// </summary>
internal sealed class TelemetryMessage(TelemetryApi api) : IRequestMessage
{
    public string Name => "TELEMETRY";

    public void WriteTo(Packer packer, BoltVersion version)
    {
        packer.WriteStructHeader(MessageTag.Telemetry, 1);
        packer.WriteInteger((long)api);
    }
}
