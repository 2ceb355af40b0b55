using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Validation;
using GraphApi.Schema;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// The documents the explorer ships in graphql-documents.json (the trusted-documents manifest the server can load) are
/// keyed by their SHA-256 and valid against the schema, so the explorer works with introspection off and in
/// trusted-documents mode, and a schema change that breaks the explorer fails here.
/// </summary>
public sealed class ExplorerDocumentsTests
{
    public static string Manifest => Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphql-documents.json");

    [Fact]
    public void Every_shipped_document_is_keyed_by_its_hash_and_valid_against_the_schema()
    {
        Assert.True(File.Exists(Manifest), $"{Manifest} is missing: the server's build builds the explorer into wwwroot/.");
        var documents = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Manifest))!;
        var schema = KnowledgeGraphSchema.Create();

        Assert.True(documents.Count >= 10, $"expected the explorer's documents, found {documents.Count}");
        Assert.All(documents, pair =>
        {
            Assert.Equal(pair.Key, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pair.Value))));
            var errors = DocumentValidator.Validate(schema, Parser.Parse(pair.Value));
            Assert.True(errors.Count == 0, $"{pair.Value.Split('\n')[0]}: {string.Join("; ", errors.Select(e => e.Message))}");
        });
    }
}
