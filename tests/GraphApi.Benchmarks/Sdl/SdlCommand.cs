using System.Text;
using GraphApi.GraphQL.Utilities;
using GraphApi.Schema;

namespace GraphApi.Benchmarks.Sdl;

/// <summary><c>sdl --out FILE</c>: prints the knowledge-graph schema's SDL, for the graphql-js peer when schema/schema.graphql is absent.</summary>
public static class SdlCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var sdl = SchemaPrinter.Print(KnowledgeGraphSchema.Create());
        await File.WriteAllTextAsync(arguments.Require("out", "the file to write the SDL to"), sdl, new UTF8Encoding(false)).ConfigureAwait(false);
        return 0;
    }
}
