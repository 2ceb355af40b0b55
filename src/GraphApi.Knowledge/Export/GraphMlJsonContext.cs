using System.Text.Json.Serialization;

namespace GraphApi.Knowledge.Export;

/// <summary>Source-generated JSON for the list-valued GraphML attributes (no reflection).</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class GraphMlJsonContext : JsonSerializerContext;
