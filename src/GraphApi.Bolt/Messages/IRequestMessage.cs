using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>A message the client sends (Bolt message specification, "Request messages").</summary>
internal interface IRequestMessage
{
    /// <summary>The specification's name for the message, used in logs and errors.</summary>
    string Name { get; }

    void WriteTo(Packer packer, BoltVersion version);
}
