using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphApi.Knowledge.Export;

/// <summary>Writes <c>{ "run": …, "nodes": [{"id","kind","name",…}], "edges": [{"id","source","target","type",…}] }</c>.</summary>
public static class JsonGraphWriter
{
    public static async Task WriteAsync(GraphProjection graph, Stream output, CancellationToken cancellationToken = default)
    {
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteStartObject("run");
        w.WriteString("id", graph.Run.Id);
        w.WriteString("startedAt", graph.Run.StartedAt.ToString("O", CultureInfo.InvariantCulture));
        w.WriteString("importerVersion", graph.Run.ImporterVersion);
        w.WriteStartObject("sourceHashes");
        foreach (var (file, hash) in graph.Run.SourceHashes.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            w.WriteString(file, hash);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            w.WriteStartObject();
            w.WriteString("id", node.Id);
            w.WriteString("kind", node.Kind);
            w.WriteString("name", node.Name);
            WriteProperties(w, node.Properties);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            w.WriteStartObject();
            w.WriteString("id", edge.Id);
            w.WriteString("source", edge.Source);
            w.WriteString("target", edge.Target);
            w.WriteString("type", edge.Type);
            WriteProperties(w, edge.Properties);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteProperties(Utf8JsonWriter w, IReadOnlyList<KeyValuePair<string, object>> properties)
    {
        foreach (var (key, value) in properties)
        {
            switch (value)
            {
                case string s: w.WriteString(key, s); break;
                case int i: w.WriteNumber(key, i); break;
                case decimal d: w.WriteNumber(key, d); break;
                case bool b: w.WriteBoolean(key, b); break;
                case IEnumerable<string> list:
                    w.WriteStartArray(key);
                    foreach (var item in list)
                    {
                        w.WriteStringValue(item);
                    }

                    w.WriteEndArray();
                    break;
                default: w.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            }
        }
    }
}
