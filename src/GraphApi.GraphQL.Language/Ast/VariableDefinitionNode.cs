namespace GraphApi.GraphQL.Language;

/// <summary>A VariableDefinition (spec 2.10): <c>$name: Type = default @dir</c>.</summary>
public sealed class VariableDefinitionNode(
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.VariableDefinition;

    public VariableNode Variable { get; } = variable;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
