using System.Text;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// "Did you mean" hints: the options close to a mistyped name by Damerau-Levenshtein distance (within 40% of its
/// length), closest first, and the graphql-js wording for them.
/// </summary>
public static class SuggestionList
{
    private const int MaxSuggestions = 5;

    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var scored = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                scored.Add((option, d));
            }
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Option, b.Option));
        return scored.Select(s => s.Option).ToArray();
    }

    /// <summary>The graphql-js sentence: <c> Did you mean "a", "b", or "c"?</c>, or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            builder.Append(subMessage).Append(' ');
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToArray();
        switch (quoted.Length)
        {
            case 1:
                builder.Append(quoted[0]);
                break;
            case 2:
                builder.Append(quoted[0]).Append(" or ").Append(quoted[1]);
                break;
            default:
                builder.AppendJoin(", ", quoted[..^1]).Append(", or ").Append(quoted[^1]);
                break;
        }

        return builder.Append('?').ToString();
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = inputLower;
        var b = optionLower;
        if (Math.Abs(a.Length - b.Length) > threshold)
        {
            return null;
        }

        // Optimal string alignment distance (Levenshtein plus adjacent transpositions).
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = value;
            }
        }

        var distance = rows[a.Length, b.Length];
        return distance <= threshold ? distance : null;
    }
}
