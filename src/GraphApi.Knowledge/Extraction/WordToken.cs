namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// One word of an article body: its span in the original text (UTF-16, end exclusive), its folded form
/// (<see cref="Text.ArabicNormalizer.Fold"/>), the sentence it belongs to and what separates it from the word before.
/// </summary>
internal readonly record struct WordToken(int Start, int End, string Folded, int Sentence, Separator Before);
