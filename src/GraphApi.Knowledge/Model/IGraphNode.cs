namespace GraphApi.Knowledge.Model;

/// <summary>A node addressable by id: an <see cref="Entity"/>, a <see cref="Claim"/> or a <see cref="Source"/>.</summary>
public interface IGraphNode
{
    string Id { get; }

    NodeKind NodeKind { get; }

    /// <summary>A short human-readable label (entity name, claim text, source title or file name).</summary>
    string DisplayName { get; }
}
