using System.Text;
using GraphApi.GraphQL.Execution;
using GraphApi.Knowledge.Model;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Types;

/// <summary>
/// A ready-to-paste reference for a source: <c>Outlet, "Title" [English title], date, URL. Reporting chain: A (role) → B (role).</c>
/// Unknown parts are said to be unknown rather than left out, so a reader sees what the page did not give.
/// </summary>
internal static class Citation
{
    public static async Task<string> FormatAsync(ResolveContext context, Source source)
    {
        var outlet = source.OutletId is null ? null : await KnowledgeLoaders.Node(context, source.OutletId).ConfigureAwait(false);
        var chain = await Task.WhenAll(source.Chain.Select(link => KnowledgeLoaders.Node(context, link.EntityId))).ConfigureAwait(false);

        var text = new StringBuilder();
        text.Append(outlet?.DisplayName ?? "Unknown outlet").Append(", \"").Append(source.Title ?? source.FileName).Append('"');
        if (source.TitleEn is not null)
        {
            text.Append(" [").Append(source.TitleEn).Append(']');
        }

        text.Append(", ").Append(source.Published ?? "undated");
        text.Append(", ").Append(source.Url ?? "URL unknown").Append('.');
        if (source.Chain.Count > 0)
        {
            text.Append(" Reporting chain: ");
            text.AppendJoin(" → ", source.Chain.Select((link, i) => $"{chain[i]?.DisplayName ?? link.EntityId} ({link.Role})"));
            text.Append('.');
        }

        text.Append(" File ").Append(source.FileName).Append(", SHA-256 ").Append(source.ContentHash).Append('.');
        return text.ToString();
    }
}
