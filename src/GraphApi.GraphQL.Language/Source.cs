namespace GraphApi.GraphQL.Language;

/// <summary>
/// A GraphQL document's text and a name for it (a file name, or "GraphQL request"), so that errors can say where they are.
/// </summary>
public sealed class Source
{
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>
    /// Converts a UTF-16 offset into a 1-based line and column. Line terminators are those of spec 2.1.2
    /// (LF, CR LF and a lone CR). Only errors call this, so it scans instead of keeping a line table.
    /// </summary>
    public SourceLocation GetLocation(int position)
    {
        if (position < 0 || position > Body.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"Position must be between 0 and {Body.Length}.");
        }

        var line = 1;
        var lineStart = 0;
        var body = Body;
        for (var i = 0; i < position; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                    if (i >= position)
                    {
                        break;
                    }
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position - lineStart + 1);
    }
}
