using YamlDotNet.RepresentationModel;

namespace GraphApi.Importer.Review;

/// <summary>
/// Appends entries to the top-level block list of a curated YAML file (<c>entities:</c>, <c>claims:</c>, <c>rejected:</c>)
/// by adding text at its end, so every existing line (entries, comments, blank lines, quoting style) stays as it was.
/// The list must be the file's last key; its items' indentation is reused. The result is parsed again and must hold the
/// old items plus the new ones, or nothing is returned but the reason.
/// </summary>
internal static class YamlListAppender
{
    /// <summary>One entry: its lines without the list indentation and dash; an optional comment line goes above it.</summary>
    public sealed record Entry(IReadOnlyList<string> Lines, string? Comment = null);

    public static (string? Text, string? Error) Append(string text, string file, string key, IReadOnlyList<Entry> entries)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                return (null, $"{file}: expected a mapping with the key '{key}'");
            }

            root = mapping;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return (null, $"{file}:{e.Start.Line}: YAML syntax error: {e.Message}");
        }

        var keys = root.Children.Keys.ToList();
        var listKey = keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == key);
        if (listKey is null)
        {
            return (null, $"{file}: has no '{key}' list");
        }

        if (!ReferenceEquals(keys.MaxBy(k => k.Start.Index), listKey))
        {
            return (null, $"{file}:{listKey.Start.Line}: '{key}' is not the file's last key, so entries cannot be appended safely; add them by hand");
        }

        var value = root.Children[listKey];
        int existing;
        string indent;
        var prefix = text;
        switch (value)
        {
            case YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Block } block when block.Children.Count > 0:
                existing = block.Children.Count;
                indent = new string(' ', Math.Max(0, (int)block.Children[0].Start.Column - 3));
                break;
            case YamlSequenceNode { Children.Count: 0 } empty:
                // "key: []": the empty flow list becomes a block list; nothing else of the file changes.
                existing = 0;
                indent = "  ";
                prefix = text[..(int)empty.Start.Index] + text[(int)empty.End.Index..];
                break;
            case YamlScalarNode { Value: null or "" or "null" or "~" }:
                existing = 0;
                indent = "  ";
                break;
            default:
                return (null, $"{file}:{value.Start.Line}: '{key}' is not a block list, so entries cannot be appended safely; add them by hand");
        }

        var builder = new System.Text.StringBuilder(prefix);
        if (builder.Length > 0 && builder[^1] != '\n')
        {
            builder.Append('\n');
        }

        foreach (var entry in entries)
        {
            if (entry.Comment is not null)
            {
                builder.Append(indent).Append("# ").Append(entry.Comment).Append('\n');
            }

            for (var i = 0; i < entry.Lines.Count; i++)
            {
                builder.Append(indent).Append(i == 0 ? "- " : "  ").Append(entry.Lines[i]).Append('\n');
            }
        }

        var result = builder.ToString();
        var check = new YamlStream();
        try
        {
            check.Load(new StringReader(result));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return (null, $"{file}: appending would break the file ({e.Message}); nothing was written");
        }

        var list = ((YamlMappingNode)check.Documents[0].RootNode).Children[new YamlScalarNode(key)] as YamlSequenceNode;
        return list?.Children.Count == existing + entries.Count
            ? (result, null)
            : (null, $"{file}: appending did not add {entries.Count} item(s) to '{key}'; nothing was written");
    }
}
