using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// A number as an article writes it, with its qualifier: words [<see cref="First"/>, <see cref="End"/>) of an
/// <see cref="ArticleText"/>, the number itself starting at <see cref="NumberFirst"/>.
/// </summary>
/// <param name="Spelled">True when written in words (ثلاثة آلاف) rather than digits.</param>
internal readonly record struct NumberExpression(int First, int NumberFirst, int End, decimal Value, QuantityQualifier Qualifier, bool Spelled);
