namespace GraphApi.GraphQL.Language;

/// <summary>A Variable (spec 2.10): <c>$name</c>.</summary>
public sealed class VariableNode(NameNode name, Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.Variable;

    public NameNode Name { get; } = name;
}
