using GraphApi.GraphQL.Introspection;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of a document, the schema types at the current position: the output type and parent
/// composite type of selections, the field and directive being visited, and the expected input type of values
/// (the role graphql-js <c>TypeInfo</c> plays for its validation rules).
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<bool> _hasDefaultValueStack = [];

    public TypeInfo(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current selection (the field's type, or a fragment's type condition).</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose fields the current selection set selects.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The type a value at the current position must have.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type of the enclosing value (for an object field, the input object's type).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => Peek(_fieldDefinitionStack);

    /// <summary>Whether the argument or input field at the current position declares a default value.</summary>
    public bool HasDefaultValue => _hasDefaultValueStack.Count > 0 && _hasDefaultValueStack[^1];

    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>Whether the walk is inside a directive (known or not), so arguments belong to it rather than to the field.</summary>
    public bool InDirective { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>The definition a field node selects on a parent type, including the meta fields of spec 4.1.</summary>
    public FieldDefinition? GetFieldDefinition(NamedType? parentType, FieldNode node)
    {
        var name = node.Name.Value;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__typename" && parentType is ObjectType or InterfaceType or UnionType)
            {
                return MetaFieldDefinitions.TypeName;
            }

            if (ReferenceEquals(parentType, _schema.QueryType))
            {
                if (name == "__schema")
                {
                    return IntrospectionTypes.SchemaField;
                }

                if (name == "__type")
                {
                    return IntrospectionTypes.TypeField;
                }
            }
        }

        return parentType is ComplexType complex ? complex.GetField(name) : null;
    }

    internal void EnterOperationDefinition(OperationDefinitionNode node) => _typeStack.Add(_schema.GetRootType(node.Operation));

    internal void LeaveOperationDefinition() => Pop(_typeStack);

    internal void EnterFragmentDefinition(FragmentDefinitionNode node) => _typeStack.Add(OutputTypeOrNull(_schema.GetType(node.TypeCondition.Name.Value)));

    internal void LeaveFragmentDefinition() => Pop(_typeStack);

    internal void EnterInlineFragment(InlineFragmentNode node)
    {
        var type = node.TypeCondition is null ? Type?.NamedType : _schema.GetType(node.TypeCondition.Name.Value);
        _typeStack.Add(OutputTypeOrNull(type));
    }

    internal void LeaveInlineFragment() => Pop(_typeStack);

    internal void EnterSelectionSet()
    {
        var named = Type?.NamedType;
        _parentTypeStack.Add(named is ObjectType or InterfaceType or UnionType ? named : null);
    }

    internal void LeaveSelectionSet() => Pop(_parentTypeStack);

    internal void EnterField(FieldNode node)
    {
        var definition = GetFieldDefinition(ParentType, node);
        _fieldDefinitionStack.Add(definition);
        _typeStack.Add(definition?.Type is { IsOutputType: true } type ? type : null);
    }

    internal void LeaveField()
    {
        Pop(_fieldDefinitionStack);
        Pop(_typeStack);
    }

    internal void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeFromAst.Resolve(_schema, node.Type);
        _inputTypeStack.Add(type is { IsInputType: true } ? type : null);
    }

    internal void LeaveVariableDefinition() => Pop(_inputTypeStack);

    internal void EnterDirective(DirectiveNode node)
    {
        Directive = _schema.GetDirective(node.Name.Value);
        InDirective = true;
    }

    internal void LeaveDirective()
    {
        Directive = null;
        InDirective = false;
    }

    internal void EnterArgument(ArgumentNode node)
    {
        var name = node.Name.Value;
        var definition = InDirective ? Directive?.GetArgument(name) : FieldDefinition?.GetArgument(name);
        Argument = definition;
        _hasDefaultValueStack.Add(definition?.HasDefaultValue ?? false);
        _inputTypeStack.Add(definition?.Type is { IsInputType: true } type ? type : null);
    }

    internal void LeaveArgument()
    {
        Argument = null;
        Pop(_hasDefaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void EnterListValue()
    {
        var listType = Nullable(InputType);
        var itemType = listType is ListType list ? list.OfType : listType;
        _hasDefaultValueStack.Add(false);
        _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
    }

    internal void LeaveListValue()
    {
        Pop(_hasDefaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        var field = InputType?.NamedType is InputObjectType inputObject ? inputObject.GetField(node.Name.Value) : null;
        _hasDefaultValueStack.Add(field?.HasDefaultValue ?? false);
        _inputTypeStack.Add(field?.Type is { IsInputType: true } type ? type : null);
    }

    internal void LeaveObjectField()
    {
        Pop(_hasDefaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void EnterEnumValue(EnumValueNode node) =>
        EnumValue = InputType?.NamedType is EnumType enumType ? enumType.GetValue(node.Value) : null;

    internal void LeaveEnumValue() => EnumValue = null;

    private static GraphQLType? Nullable(GraphQLType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

    private static GraphQLType? OutputTypeOrNull(GraphQLType? type) => type is { IsOutputType: true } ? type : null;

    private static T? Peek<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
