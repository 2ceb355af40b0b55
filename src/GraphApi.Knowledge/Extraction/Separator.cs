namespace GraphApi.Knowledge.Extraction;

/// <summary>The punctuation between two words, as flags: several may occur in one gap ("»، ").</summary>
[Flags]
internal enum Separator
{
    Space = 0,
    Comma = 1,
    Colon = 2,
    Quote = 4,
    Parenthesis = 8,

    /// <summary>. ! ? ؟ (a dot between letters or digits, or an ellipsis inside a sentence, is not one).</summary>
    SentenceEnd = 16,

    /// <summary>The word starts a body line (a paragraph).</summary>
    LineStart = 32,
}
