namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// One word of an article body: its span in the original text (UTF-16, end exclusive), where its folded form
/// (<see cref="Text.ArabicNormalizer.Fold"/>) lies in the article's folded buffer (<see cref="ArticleText.Folded"/>),
/// the sentence it belongs to and what separates it from the word before.
/// </summary>
internal readonly record struct WordToken(int Start, int End, int FoldedStart, int FoldedLength, int Sentence, Separator Before);
