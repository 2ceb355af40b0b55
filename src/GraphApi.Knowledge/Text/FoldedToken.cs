namespace GraphApi.Knowledge.Text;

/// <summary>A word of folded text: offsets into the folded string, end exclusive.</summary>
public readonly record struct FoldedToken(int Start, int End, string Text);
