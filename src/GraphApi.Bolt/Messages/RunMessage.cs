using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>
/// RUN: query and parameters; from 3.0 a third field carries extra metadata (bookmarks, mode, db,
/// tx_metadata) for auto-commit queries.
/// </summary>
internal sealed class RunMessage(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra)
    : IRequestMessage
{
    public string Name => "RUN";

    public string Query { get; } = query;

    public void WriteTo(Packer packer, BoltVersion version)
    {
        var withExtra = version >= BoltVersion.V3;
        packer.WriteStructHeader(MessageTag.Run, withExtra ? 3 : 2);
        packer.WriteString(Query);
        packer.Write(parameters);
        if (withExtra)
        {
            packer.Write(extra);
        }
    }
}
