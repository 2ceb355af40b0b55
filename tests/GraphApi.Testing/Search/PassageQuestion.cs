namespace GraphApi.Testing.Search;

/// <summary>A question written from one seed article, the search a journalist would type, a verbatim excerpt of the answer sentence and the article's file prefix.</summary>
public sealed record PassageQuestion(string Question, string Text, string Answer, string Article);
