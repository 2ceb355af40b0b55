using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>COMMIT (3+): commits the explicit transaction; its SUCCESS carries the new bookmark.</summary>
internal sealed class CommitMessage : IRequestMessage
{
    public static readonly CommitMessage Instance = new();

    public string Name => "COMMIT";

    public void WriteTo(Packer packer, BoltVersion version) => packer.WriteStructHeader(MessageTag.Commit, 0);
}
