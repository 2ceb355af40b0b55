using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace GraphApi.Knowledge.Export;

/// <summary>
/// Writes a <see cref="GraphProjection"/> as GraphML (http://graphml.graphdrawing.org/) for Gephi, yEd and Cytoscape.
/// Every property becomes a declared <c>&lt;key&gt;</c>; lists are written as JSON arrays in a string attribute.
/// </summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(GraphProjection graph, Stream output, CancellationToken cancellationToken = default)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var w = XmlWriter.Create(output, settings);
        await w.WriteStartDocumentAsync().ConfigureAwait(false);
        w.WriteStartElement("graphml", Namespace);
        var nodeKeys = Keys(graph.Nodes.SelectMany(n => n.Properties).Prepend(new("kind", string.Empty)).Prepend(new("name", string.Empty)));
        var edgeKeys = Keys(graph.Edges.SelectMany(e => e.Properties).Prepend(new("type", string.Empty)));
        DeclareKeys(w, "node", nodeKeys);
        DeclareKeys(w, "edge", edgeKeys);
        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", graph.Run.Id);
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", node.Id);
            Data(w, "node", "kind", node.Kind);
            Data(w, "node", "name", node.Name);
            foreach (var (key, value) in node.Properties)
            {
                Data(w, "node", key, value);
            }

            w.WriteEndElement();
        }

        foreach (var edge in graph.Edges)
        {
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", edge.Id);
            w.WriteAttributeString("source", edge.Source);
            w.WriteAttributeString("target", edge.Target);
            Data(w, "edge", "type", edge.Type);
            foreach (var (key, value) in edge.Properties)
            {
                Data(w, "edge", key, value);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        await w.WriteEndDocumentAsync().ConfigureAwait(false);
        await w.FlushAsync().ConfigureAwait(false);
    }

    private static SortedDictionary<string, string> Keys(IEnumerable<KeyValuePair<string, object>> properties)
    {
        var keys = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            var type = value switch
            {
                int => "int",
                decimal => "double",
                bool => "boolean",
                _ => "string",
            };
            if (keys.TryGetValue(key, out var existing) && existing != type)
            {
                type = "string";
            }

            keys[key] = type;
        }

        return keys;
    }

    private static void DeclareKeys(XmlWriter w, string scope, SortedDictionary<string, string> keys)
    {
        foreach (var (name, type) in keys)
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("id", scope + "_" + name);
            w.WriteAttributeString("for", scope);
            w.WriteAttributeString("attr.name", name);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }
    }

    private static void Data(XmlWriter w, string scope, string key, object value)
    {
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", scope + "_" + key);
        w.WriteString(value switch
        {
            bool b => b ? "true" : "false",
            string s => s,
            IEnumerable<string> list => JsonSerializer.Serialize(list.ToArray(), GraphMlJsonContext.Default.StringArray),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        });
        w.WriteEndElement();
    }
}
