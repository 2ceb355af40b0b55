namespace GraphApi.Knowledge.Search;

/// <summary>How a query word met a word of a name; each kind has a fixed worth in the score (<see cref="NameIndex"/>).</summary>
public enum NameWordMatch
{
    /// <summary>Equal after folding and proclitics (حبّوب, للشرقاوي, الشئون ~ الشؤون, Tétouan ~ tetouan): 1.</summary>
    Exact,

    /// <summary>Equal Latin transliteration keys (Habbub ~ Habboub, Sherkaoui ~ Cherkaoui; <see cref="Text.LatinPhoneticKey"/>): 0.9.</summary>
    Transliteration,

    /// <summary>The query's last word, 3 letters or more, begins the name's last word (type-ahead: Bour… of Bourita): 0.8.</summary>
    Prefix,

    /// <summary>One edit away from a single-word name (Voronkof ~ Voronkov): 0.6.</summary>
    OneEdit,

    /// <summary>Two edits away from a long single-word name: 0.5.</summary>
    TwoEdits,
}

/// <summary>The worth of each <see cref="NameWordMatch"/>.</summary>
public static class NameWordMatches
{
    public static double Worth(this NameWordMatch match) => match switch
    {
        NameWordMatch.Exact => 1.0,
        NameWordMatch.Transliteration => 0.9,
        NameWordMatch.Prefix => 0.8,
        NameWordMatch.OneEdit => 0.6,
        NameWordMatch.TwoEdits => 0.5,
        _ => throw new ArgumentOutOfRangeException(nameof(match), match, "unknown match kind"),
    };
}
