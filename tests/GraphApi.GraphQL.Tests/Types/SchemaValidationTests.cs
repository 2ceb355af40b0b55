using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Types;

/// <summary>Type system validation at build time (GraphQL spec §3, "Type Validation" sub-sections).</summary>
public class SchemaValidationTests
{
    private static ObjectType Query(params (string Name, GraphQLType Type)[] fields)
    {
        var query = new ObjectType("Query");
        foreach (var (name, type) in fields)
        {
            query.Field(name, type);
        }

        return query;
    }

    private static IReadOnlyList<string> Errors(Func<GraphQLSchema> build) => Assert.Throws<SchemaValidationException>(() => build()).Errors;

    [Fact]
    public void Resolves_type_references_in_cycles()
    {
        var person = new ObjectType("Person")
            .Field("name", ScalarType.String)
            .Field("knows", new ListType(new TypeReference("Person")));
        var schema = new GraphQLSchema(Query(("me", person)));
        var knows = ((ListType)person.GetField("knows")!.Type).OfType;
        Assert.Same(person, knows);
        Assert.Same(person, schema.GetType("Person"));
    }

    [Fact]
    public void Unknown_type_reference_is_reported()
    {
        var errors = Errors(() => new GraphQLSchema(Query(("me", new TypeReference("Ghost")))));
        Assert.Contains("Unknown type \"Ghost\" referenced by Query.me; declare it or pass it in the schema's types.", errors);
    }

    [Fact]
    public void Duplicate_type_names_are_reported()
    {
        var errors = Errors(() => new GraphQLSchema(Query(("a", new ObjectType("Thing").Field("x", ScalarType.Int)), ("b", new ObjectType("Thing").Field("y", ScalarType.Int)))));
        Assert.Contains("Schema must contain uniquely named types but contains multiple types named \"Thing\".", errors);
    }

    [Fact]
    public void Object_without_fields_and_reserved_names()
    {
        var errors = Errors(() => new GraphQLSchema(Query(("a", new ObjectType("Empty")), ("__b", ScalarType.Int))));
        Assert.Contains("Type Empty must define one or more fields.", errors);
        Assert.Contains("Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection.", errors);
    }

    [Fact]
    public void Interface_fields_must_be_provided_with_covariant_types()
    {
        var named = new InterfaceType("Named").Field("name", new NonNullType(ScalarType.String)).Field("id", ScalarType.ID);
        var dog = new ObjectType("Dog").Implements(named).Field("name", ScalarType.String);
        var errors = Errors(() => new GraphQLSchema(Query(("dog", dog))));
        Assert.Contains("Interface field Named.name expects type String! but Dog.name is type String.", errors);
        Assert.Contains("Interface field Named.id expected but Dog does not provide it.", errors);
    }

    [Fact]
    public void Covariant_field_types_are_accepted()
    {
        var node = new InterfaceType("Node").Field("id", ScalarType.ID).Field("parent", new TypeReference("Node"));
        var user = new ObjectType("User").Implements(node).Field("id", new NonNullType(ScalarType.ID)).Field("parent", new TypeReference("User"));
        var schema = new GraphQLSchema(Query(("user", user)));
        Assert.Equal([user], schema.GetPossibleTypes(node));
    }

    [Fact]
    public void Transitive_interfaces_must_be_declared()
    {
        var node = new InterfaceType("Node").Field("id", ScalarType.ID);
        var resource = new InterfaceType("Resource").Implements(node).Field("id", ScalarType.ID).Field("url", ScalarType.String);
        var image = new ObjectType("Image").Implements(resource).Field("id", ScalarType.ID).Field("url", ScalarType.String);
        var errors = Errors(() => new GraphQLSchema(Query(("image", image))));
        Assert.Contains("Type Image must implement Node because it is implemented by Resource.", errors);
    }

    [Fact]
    public void Interface_arguments_must_match_and_extra_ones_be_optional()
    {
        var iface = new InterfaceType("Searchable").Field("find", ScalarType.String, configure: f => f.Argument("text", ScalarType.String));
        var impl = new ObjectType("Index").Implements(iface).Field("find", ScalarType.String, configure: f => f
            .Argument("text", ScalarType.Int)
            .Argument("limit", new NonNullType(ScalarType.Int)));
        var errors = Errors(() => new GraphQLSchema(Query(("index", impl))));
        Assert.Contains("Interface field argument Searchable.find(text:) expects type String but Index.find(text:) is type Int.", errors);
        Assert.Contains("Argument Index.find(limit:) must not be required type Int! if not provided by the Interface field Searchable.find.", errors);
    }

    [Fact]
    public void Union_members_must_be_objects()
    {
        var iface = new InterfaceType("Thing").Field("id", ScalarType.ID);
        var union = new UnionType("Result", null, iface);
        var errors = Errors(() => new GraphQLSchema(Query(("r", union)), types: [iface]));
        Assert.Contains("Union type Result can only include Object types, it cannot include Thing.", errors);
    }

    [Fact]
    public void Input_object_non_null_cycles_are_rejected_but_nullable_ones_allowed()
    {
        var a = new InputObjectType("A");
        var b = new InputObjectType("B").Field("a", new NonNullType(a));
        a.Field("b", new NonNullType(b)).Field("self", a);
        var query = new ObjectType("Query").Field("f", ScalarType.Int, configure: f => f.Argument("a", a));
        var errors = Errors(() => new GraphQLSchema(query));
        Assert.Equal(["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."], errors);
    }

    [Fact]
    public void OneOf_fields_must_be_nullable_without_defaults()
    {
        var input = new InputObjectType("By", isOneOf: true)
            .Field("id", new NonNullType(ScalarType.ID))
            .Field("name", ScalarType.String, defaultValue: "x");
        var query = new ObjectType("Query").Field("f", ScalarType.Int, configure: f => f.Argument("by", input));
        var errors = Errors(() => new GraphQLSchema(query));
        Assert.Contains("OneOf input field By.id must be nullable.", errors);
        Assert.Contains("OneOf input field By.name cannot have a default value.", errors);
    }

    [Fact]
    public void Output_and_input_positions_are_checked()
    {
        var input = new InputObjectType("In").Field("x", ScalarType.Int);
        var output = new ObjectType("Out").Field("x", ScalarType.Int);
        var query = new ObjectType("Query")
            .Field("bad", input)
            .Field("worse", ScalarType.Int, configure: f => f.Argument("o", output));
        var errors = Errors(() => new GraphQLSchema(query));
        Assert.Contains("The type of Query.bad must be Output Type but got: In.", errors);
        Assert.Contains("The type of Query.worse(o:) must be Input Type but got: Out.", errors);
    }

    [Fact]
    public void Required_arguments_cannot_be_deprecated()
    {
        var query = new ObjectType("Query").Field("f", ScalarType.Int, configure: f => f.Argument("a", new NonNullType(ScalarType.Int), deprecationReason: "old"));
        Assert.Contains("Required argument Query.f(a:) cannot be deprecated.", Errors(() => new GraphQLSchema(query)));
    }

    [Fact]
    public void Built_in_directives_are_present_and_possible_types_are_indexed()
    {
        var a = new ObjectType("A").Field("x", ScalarType.Int);
        var b = new ObjectType("B").Field("y", ScalarType.Int);
        var union = new UnionType("AB", null, a, b);
        var schema = new GraphQLSchema(Query(("ab", union)));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        Assert.True(schema.IsSubType(union, b));
        Assert.Equal(["A", "B"], schema.GetPossibleTypes(union).Select(t => t.Name));
    }
}
