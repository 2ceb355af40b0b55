namespace GraphApi.GraphQL.Language;

/// <summary>
/// A document that is not valid GraphQL syntax (spec section 2). The message reads like graphql-js,
/// "Syntax Error: Expected Name, found &lt;EOF&gt;.", and <see cref="Line"/> and <see cref="Column"/> say where.
/// </summary>
public sealed class GraphQLSyntaxError : Exception
{
    public GraphQLSyntaxError(Source source, int position, string description)
        : base("Syntax Error: " + description)
    {
        ArgumentNullException.ThrowIfNull(source);
        GraphQLSource = source;
        Position = position;
        Description = description;
        var location = source.GetLocation(position);
        Line = location.Line;
        Column = location.Column;
    }

    public GraphQLSyntaxError()
        : this(new Source(string.Empty), 0, "Unknown syntax error.")
    {
    }

    public GraphQLSyntaxError(string message)
        : this(new Source(string.Empty), 0, message)
    {
    }

    public GraphQLSyntaxError(string message, Exception innerException)
        : base(message, innerException)
    {
        GraphQLSource = new Source(string.Empty);
        Description = message;
        Line = 1;
        Column = 1;
    }

    public Source GraphQLSource { get; }

    /// <summary>The UTF-16 offset of the error in <see cref="GraphQLSource"/>.</summary>
    public int Position { get; }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    public int Line { get; }

    public int Column { get; }

    public override string ToString() => $"{Message} ({GraphQLSource.Name}:{Line}:{Column})";
}
