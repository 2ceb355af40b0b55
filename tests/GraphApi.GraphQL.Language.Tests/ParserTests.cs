using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Language.Tests;

public class ParserTests
{
    private static T Single<T>(string text)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(text).Definitions));

    [Fact]
    public void Parses_query_shorthand_as_anonymous_query()
    {
        var operation = Single<OperationDefinitionNode>("{ a }");
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("a", field.Name.Value);
        Assert.Null(field.SelectionSet);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Parses_named_operations(string text, OperationType type)
    {
        var operation = Single<OperationDefinitionNode>(text);
        Assert.Equal(type, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
    }

    [Fact]
    public void Parses_variables_with_defaults_and_directives()
    {
        var operation = Single<OperationDefinitionNode>("query Q($a: Int = 1 @dir, $b: [String!]!) @op { f(a: $a) }");
        Assert.Equal(2, operation.VariableDefinitions.Count);
        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(a.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(a.DefaultValue).Value);
        Assert.Equal("dir", Assert.Single(a.Directives).Name.Value);
        var b = Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[1].Type);
        var list = Assert.IsType<ListTypeNode>(b.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);
        var argument = Assert.Single(Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Arguments);
        Assert.Equal("a", Assert.IsType<VariableNode>(argument.Value).Name.Value);
    }

    [Fact]
    public void Parses_aliases_arguments_directives_and_nested_selections()
    {
        var operation = Single<OperationDefinitionNode>("{ me: user(id: 4, x: \"y\") @include(if: true) { name } }");
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("me", field.Alias!.Value);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal("me", field.ResponseKey);
        Assert.Equal(["id", "x"], field.Arguments.Select(a => a.Name.Value));
        var directive = Assert.Single(field.Directives);
        Assert.Equal("include", directive.Name.Value);
        Assert.True(Assert.IsType<BooleanValueNode>(Assert.Single(directive.Arguments).Value).Value);
        Assert.Equal("name", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Parses_fragment_spreads_inline_fragments_and_definitions()
    {
        var document = Parser.Parse("{ ...F @d ... on T { a } ... @skip(if: true) { b } ... { c } } fragment F on T @f { d }");
        var selections = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Equal("d", Assert.Single(spread.Directives).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        var conditional = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(conditional.TypeCondition);
        Assert.Equal("skip", Assert.Single(conditional.Directives).Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Equal("f", Assert.Single(fragment.Directives).Name.Value);
    }

    [Fact]
    public void Parses_a_spread_of_a_fragment_named_like_a_keyword()
    {
        var selections = Single<OperationDefinitionNode>("{ ...query ...fragment ... on on { a } }").SelectionSet.Selections;
        Assert.Equal("query", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        Assert.Equal("fragment", Assert.IsType<FragmentSpreadNode>(selections[1]).Name.Value);
        Assert.Equal("on", Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition!.Name.Value);
    }

    [Fact]
    public void Parses_every_value_literal()
    {
        var value = Parser.ParseValue("[$v, 1, -2.5e3, \"s\", \"\"\"b\"\"\", true, false, null, ENUM, [], {}, {a: [1], b: {c: $d}}]");
        var values = Assert.IsType<ListValueNode>(value).Values;
        Assert.Equal("v", Assert.IsType<VariableNode>(values[0]).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(values[1]).Value);
        Assert.Equal("-2.5e3", Assert.IsType<FloatValueNode>(values[2]).Value);
        var plain = Assert.IsType<StringValueNode>(values[3]);
        Assert.Equal(("s", false), (plain.Value, plain.Block));
        var block = Assert.IsType<StringValueNode>(values[4]);
        Assert.Equal(("b", true), (block.Value, block.Block));
        Assert.True(Assert.IsType<BooleanValueNode>(values[5]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(values[6]).Value);
        Assert.IsType<NullValueNode>(values[7]);
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(values[8]).Value);
        Assert.Empty(Assert.IsType<ListValueNode>(values[9]).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(values[10]).Fields);
        var fields = Assert.IsType<ObjectValueNode>(values[11]).Fields;
        Assert.Equal(["a", "b"], fields.Select(f => f.Name.Value));
        var nested = Assert.IsType<ObjectValueNode>(fields[1].Value);
        Assert.Equal("d", Assert.IsType<VariableNode>(Assert.Single(nested.Fields).Value).Name.Value);
    }

    [Fact]
    public void Parses_type_references()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        var named = Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type);
        Assert.Equal("Int", named.Name.Value);
    }

    [Fact]
    public void Records_locations_as_offsets_into_the_source()
    {
        var text = "query Q {\n  alias: field(arg: 1)\n}";
        var operation = Single<OperationDefinitionNode>(text);
        Assert.Equal((0, text.Length), (operation.Location.Start, operation.Location.End));
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("alias: field(arg: 1)", text[field.Location.Start..field.Location.End]);
        Assert.Equal(new SourceLocation(2, 3), field.Location.StartLocation);
        var argument = Assert.Single(field.Arguments);
        Assert.Equal("arg: 1", text[argument.Location.Start..argument.Location.End]);
        Assert.Same(operation.Location.Source, field.Location.Source);
    }

    [Fact]
    public void Parses_schema_definition_and_extension()
    {
        var document = Parser.Parse("\"d\" schema @a { query: Q mutation: M subscription: S } extend schema @b { mutation: M2 }");
        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("d", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal("S", schema.OperationTypes[2].Type.Name.Value);
        var extension = Assert.IsType<SchemaExtensionNode>(document.Definitions[1]);
        Assert.Equal("b", Assert.Single(extension.Directives).Name.Value);
        Assert.Equal("M2", Assert.Single(extension.OperationTypes).Type.Name.Value);
    }

    [Fact]
    public void Parses_object_types_with_interfaces_fields_and_arguments()
    {
        var type = Single<ObjectTypeDefinitionNode>("""
            "Desc" type T implements & A & B @d {
              "field" f("arg" a: Int = 1 @x, b: [String!]!): String! @y
              g: T
            }
            """);
        Assert.Equal("Desc", type.Description!.Value);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("d", Assert.Single(type.Directives).Name.Value);
        var field = type.Fields[0];
        Assert.Equal("field", field.Description!.Value);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("arg", field.Arguments[0].Description!.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(field.Arguments[0].DefaultValue).Value);
        Assert.Equal("x", Assert.Single(field.Arguments[0].Directives).Name.Value);
        Assert.IsType<NonNullTypeNode>(field.Type);
        Assert.Equal("y", Assert.Single(field.Directives).Name.Value);
        Assert.Equal("g", type.Fields[1].Name.Value);
    }

    [Fact]
    public void Parses_interfaces_implementing_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface I implements J & K { id: ID }");
        Assert.Equal(["J", "K"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("id", Assert.Single(type.Fields).Name.Value);
    }

    [Fact]
    public void Parses_types_without_bodies()
    {
        var document = Parser.Parse("type T interface I union U input In enum E scalar S");
        Assert.Empty(Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]).Fields);
        Assert.Empty(Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[1]).Fields);
        Assert.Empty(Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[2]).Types);
        Assert.Empty(Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[3]).Fields);
        Assert.Empty(Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[4]).Values);
        Assert.Equal("S", Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[5]).Name.Value);
    }

    [Fact]
    public void Parses_unions_enums_and_input_objects()
    {
        var document = Parser.Parse("union U @u = | A | B enum E { \"red\" RED @r GREEN } input I @oneOf { a: Int = 1, \"b\" b: [I] }");
        var union = Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["A", "B"], union.Types.Select(t => t.Name.Value));
        var enumType = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal(["RED", "GREEN"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("red", enumType.Values[0].Description!.Value);
        Assert.Equal("r", Assert.Single(enumType.Values[0].Directives).Name.Value);
        var input = Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal("oneOf", Assert.Single(input.Directives).Name.Value);
        Assert.Equal(["a", "b"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal("b", input.Fields[1].Description!.Value);
    }

    [Fact]
    public void Parses_directive_definitions()
    {
        var directive = Single<DirectiveDefinitionNode>("\"\"\"d\"\"\" directive @cost(w: Int! = 1) repeatable on | FIELD_DEFINITION | OBJECT");
        Assert.Equal("d", directive.Description!.Value);
        Assert.True(directive.Description.Block);
        Assert.Equal("cost", directive.Name.Value);
        Assert.True(directive.Repeatable);
        Assert.Equal("w", Assert.Single(directive.Arguments).Name.Value);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @a on FIELD").Repeatable);
    }

    [Fact]
    public void Parses_every_type_extension()
    {
        var document = Parser.Parse("""
            extend scalar S @a
            extend type T implements I @b { f: Int }
            extend type T2 @c
            extend interface J implements K { g: Int }
            extend union U = C
            extend enum E @d { X }
            extend input In { h: Int }
            """);
        Assert.Equal(
            [NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension,
                NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension],
            document.Definitions.Select(d => d.Kind));
        var type = Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[1]);
        Assert.Equal(("T", "I", "f"), (type.Name.Value, type.Interfaces[0].Name.Value, type.Fields[0].Name.Value));
        var iface = Assert.IsType<InterfaceTypeExtensionNode>(document.Definitions[3]);
        Assert.Equal("K", Assert.Single(iface.Interfaces).Name.Value);
        Assert.Equal("C", Assert.Single(Assert.IsType<UnionTypeExtensionNode>(document.Definitions[4]).Types).Name.Value);
        Assert.Equal("X", Assert.Single(Assert.IsType<EnumTypeExtensionNode>(document.Definitions[5]).Values).Name.Value);
        Assert.Equal("h", Assert.Single(Assert.IsType<InputObjectTypeExtensionNode>(document.Definitions[6]).Fields).Name.Value);
    }

    [Fact]
    public void Parses_the_kitchen_sink_documents()
    {
        var query = Parser.Parse(TestDocuments.Read("KitchenSinkQuery.graphql"));
        Assert.Equal(6, query.Definitions.Count);
        var schema = Parser.Parse(TestDocuments.Read("KitchenSinkSchema.graphql"));
        Assert.Equal(27, schema.Definitions.Count);
    }

    [Fact]
    public void Parses_graphiql_introspection_query_within_default_limits()
    {
        var document = Parser.Parse(TestDocuments.Read("GraphiQLIntrospectionQuery.graphql"));
        Assert.Equal(["IntrospectionQuery", "FullType", "InputValue", "TypeRef"], document.Definitions.Select(d => ((ExecutableDefinitionNode)d).Name!.Value));
    }

    [Fact]
    public void Parses_a_larger_introspection_query_within_default_limits()
    {
        // Banana Cake Pop's query is larger than GraphiQL's; five renamed copies of GraphiQL.s exceed it comfortably.
        var one = TestDocuments.Read("GraphiQLIntrospectionQuery.graphql");
        var many = string.Concat(Enumerable.Range(0, 5).Select(i => one.Replace("IntrospectionQuery", "Q" + i).Replace("FullType", "FullType" + i)
            .Replace("InputValue", "InputValue" + i).Replace("TypeRef", "TypeRef" + i)));
        Assert.Equal(20, Parser.Parse(many).Definitions.Count);
    }
}
