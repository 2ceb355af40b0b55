using System.Text;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>
/// Reads the files of a corpus: articles as strict UTF-8 (an empty or non-UTF-8 file is an error naming it) and
/// the curated YAML. Collects every error instead of stopping at the first.
/// </summary>
internal sealed class CorpusReader(List<ImportError> errors)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public List<EntityReference> References { get; } = [];

    public async Task<ArticleFile?> ReadArticleAsync(string path, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        return text is null ? null : new ArticleFile(Path.GetFileName(path), path, text.Value.Text, text.Value.Hash);
    }

    public async Task<List<CuratedEntity>> ReadEntitiesAsync(string path, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        return text is null ? [] : EntitiesFileReader.Read(text.Value.Text, path, errors, References);
    }

    public async Task<List<SourceMetadata>> ReadSourcesAsync(string path, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        return text is null ? [] : SourcesFileReader.Read(text.Value.Text, path, errors, References);
    }

    public async Task<(string? SourceFile, List<CuratedClaim> Claims)> ReadClaimsAsync(string path, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        return text is null ? (null, []) : ClaimsFileReader.Read(text.Value.Text, path, errors, References);
    }

    private async Task<(string Text, string Hash)?> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ImportError(path, null, "cannot be read: " + e.Message));
            return null;
        }

        if (bytes.Length == 0)
        {
            errors.Add(new ImportError(path, null, "the file is empty"));
            return null;
        }

        try
        {
            return (StrictUtf8.GetString(bytes), ContentId.Sha256(bytes));
        }
        catch (DecoderFallbackException e)
        {
            errors.Add(new ImportError(path, null, $"is not valid UTF-8 (invalid byte at offset {e.Index}); save it as UTF-8"));
            return null;
        }
    }
}
