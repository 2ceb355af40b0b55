using System.Globalization;
using System.Text;

namespace GraphApi.Importer.Review;

/// <summary>Scalars as the curated files write them: text double-quoted with YAML escapes, ids and numbers plain.</summary>
internal static class YamlText
{
    public static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or '\u0085' or '\u2028' or '\u2029':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
