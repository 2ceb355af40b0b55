namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// A quoted passage of one body line, quote marks included: <see cref="Start"/>..<see cref="End"/> in the original text.
/// An opening mark without a closing one runs to the end of its paragraph, as the press writes long quotes.
/// </summary>
internal readonly record struct Quotation(int Start, int End, bool Closed);
