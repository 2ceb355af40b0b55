namespace GraphApi.Knowledge.Import;

/// <summary>One problem in a corpus, located so a person can fix it: <c>seeds/knowledge/entities.yaml:12: unknown key 'nmae'</c>.</summary>
/// <param name="File">The file as the importer was given it (relative paths stay relative).</param>
/// <param name="Line">1-based line, when the problem has one.</param>
public sealed record ImportError(string File, int? Line, string Message)
{
    public override string ToString() => Line is null ? $"{File}: {Message}" : $"{File}:{Line}: {Message}";
}
