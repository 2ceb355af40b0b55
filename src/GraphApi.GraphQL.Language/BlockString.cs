using System.Text;

namespace GraphApi.GraphQL.Language;

/// <summary>The block string algorithms of spec 2.9.4: <c>BlockStringValue(rawValue)</c> for reading, and its inverse for printing.</summary>
public static class BlockString
{
    /// <summary>
    /// Spec 2.9.4 BlockStringValue: removes the common indentation of every line but the first,
    /// then leading and trailing blank lines, and joins the lines with LF.
    /// </summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        var lines = SplitLines(rawValue);
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonBlank < 0)
            {
                firstNonBlank = i;
            }

            lastNonBlank = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(rawValue.Length);
        for (var i = firstNonBlank; i <= lastNonBlank; i++)
        {
            var line = lines[i];
            if (i != 0 && commonIndent != int.MaxValue)
            {
                line = line.Length <= commonIndent ? string.Empty : line[commonIndent..];
            }

            if (i != firstNonBlank)
            {
                builder.Append('\n');
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a block string whose <see cref="Dedent"/> gives the value back,
    /// or returns <c>null</c> when no block string can (for example a value with control characters or trailing blank lines).
    /// </summary>
    public static string? TryPrint(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (c < ' ' && c is not '\n' and not '\t')
            {
                return null;
            }
        }

        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || line[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var multipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';

        var builder = new StringBuilder("\"\"\"", escaped.Length + 8);
        if ((multipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (multipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
        var printed = builder.ToString();

        // Some values (common indentation on every line, blank edges) have no block form; check instead of guessing.
        var raw = printed[3..^3].Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);
        return Dedent(raw) == value ? printed : null;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
