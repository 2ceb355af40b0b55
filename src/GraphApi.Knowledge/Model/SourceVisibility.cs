namespace GraphApi.Knowledge.Model;

/// <summary>Who may read a source (docs/knowledge-format.md, sources.yaml <c>visibility</c>).</summary>
public enum SourceVisibility
{
    /// <summary>Everyone, anonymous callers included (the default).</summary>
    Public,

    /// <summary>Callers with the <c>reader</c> or <c>editor</c> role only.</summary>
    Internal,
}
