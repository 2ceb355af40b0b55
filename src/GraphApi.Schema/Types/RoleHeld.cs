using System.Globalization;
using System.Text;
using GraphApi.Knowledge.Model;

namespace GraphApi.Schema.Types;

/// <summary>A title a person holds at an entity, with the holds-role claims that give it.</summary>
internal sealed record RoleHeld(string Id, string? Title, string? TitleAr, string? InstitutionId, string? PeriodFrom, string? PeriodTo, IReadOnlyList<Claim> Claims)
{
    /// <summary>
    /// <c>role/&lt;person id&gt;/&lt;institution id&gt;/&lt;title slug&gt;</c>: globally unique (no other type's ids start with
    /// <c>role/</c>) and stable across imports, so a client cache keeps one record per role.
    /// </summary>
    public static string IdFor(string personId, string? institutionId, string? title) =>
        $"role/{personId}/{institutionId ?? "unknown"}/{Slug(title)}";

    /// <summary>The title in lower case, runs of anything but letters and digits as one <c>-</c>; <c>untitled</c> when there is none.</summary>
    public static string Slug(string? title)
    {
        var slug = new StringBuilder(title?.Length ?? 0);
        foreach (var c in title ?? string.Empty)
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        return text.Length == 0 ? "untitled" : text;
    }
}
