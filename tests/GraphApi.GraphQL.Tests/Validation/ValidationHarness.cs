using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;
using Xunit.Sdk;

namespace GraphApi.GraphQL.Tests.Validation;

/// <summary>
/// The canonical validation test schema (graphql-js <c>harness.ts</c>: pets, beings, complicated arguments) and
/// helpers that run one rule, or all rules, over a document and compare the errors with the expected ones, in order.
/// </summary>
public static class ValidationHarness
{
    public static GraphQLSchema Schema { get; } = BuildSchema();

    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static void ExpectValid<TRule>(string document)
        where TRule : ValidationRule, new() => ExpectErrors<TRule>(document);

    public static void ExpectErrors<TRule>(string document, params ExpectedError[] expected)
        where TRule : ValidationRule, new() =>
        Compare(expected, DocumentValidator.Validate(Schema, Parser.Parse(document), [new TRule()]));

    public static void ExpectValidWithAllRules(string document) =>
        Compare([], DocumentValidator.Validate(Schema, Parser.Parse(document)));

    public static void Compare(IReadOnlyList<ExpectedError> expected, IReadOnlyList<GraphQLError> actual)
    {
        var expectedText = string.Join("\n", expected.Select(e => e.ToString()));
        var actualText = string.Join("\n", actual.Select(Describe));
        if (expectedText != actualText)
        {
            throw new XunitException($"Validation errors differ.\nexpected:\n{expectedText}\nactual:\n{actualText}");
        }
    }

    private static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(" ", error.Locations.Select(l => $"{l.Line}:{l.Column}"));

    public sealed record ExpectedError(string Message, (int Line, int Column)[] Locations)
    {
        public override string ToString() => Message + " @ " + string.Join(" ", Locations.Select(l => $"{l.Line}:{l.Column}"));
    }

    private static GraphQLSchema BuildSchema()
    {
        static Action<FieldDefinition> Surname() => field => field.Argument("surname", ScalarType.Boolean);

        var mammal = new InterfaceType("Mammal");
        mammal.Field("mother", mammal).Field("father", mammal);
        var pet = new InterfaceType("Pet").Field("name", ScalarType.String, configure: Surname());
        var canine = new InterfaceType("Canine").Implements(mammal);
        canine.Field("name", ScalarType.String, configure: Surname()).Field("mother", canine).Field("father", canine);
        var dogCommand = new EnumType("DogCommand").Value("SIT").Value("HEEL").Value("DOWN");
        var dog = new ObjectType("Dog").Implements(pet).Implements(mammal).Implements(canine);
        dog.Field("name", ScalarType.String, configure: Surname())
            .Field("nickname", ScalarType.String)
            .Field("barkVolume", ScalarType.Int)
            .Field("barks", ScalarType.Boolean)
            .Field("doesKnowCommand", ScalarType.Boolean, configure: f => f.Argument("dogCommand", dogCommand))
            .Field("isHouseTrained", ScalarType.Boolean, configure: f => f.Argument("atOtherHomes", ScalarType.Boolean, (object)true))
            .Field("isAtLocation", ScalarType.Boolean, configure: f => f.Argument("x", ScalarType.Int).Argument("y", ScalarType.Int))
            .Field("mother", dog)
            .Field("father", dog);
        var being = new InterfaceType("Being").Field("name", ScalarType.String, configure: Surname());
        var intelligent = new InterfaceType("Intelligent").Field("iq", ScalarType.Int);
        var furColor = new EnumType("FurColor").Value("BROWN").Value("BLACK").Value("TAN").Value("SPOTTED").Value("NO_FUR").Value("UNKNOWN");
        var cat = new ObjectType("Cat").Implements(being).Implements(pet)
            .Field("name", ScalarType.String, configure: Surname())
            .Field("nickname", ScalarType.String)
            .Field("meows", ScalarType.Boolean)
            .Field("meowsVolume", ScalarType.Int)
            .Field("furColor", furColor);
        var catOrDog = new UnionType("CatOrDog", null, cat, dog);
        var human = new ObjectType("Human").Implements(being).Implements(intelligent);
        human.Field("name", ScalarType.String, configure: Surname())
            .Field("pets", new ListType(pet))
            .Field("relatives", new NonNullType(new ListType(human)))
            .Field("iq", ScalarType.Int);
        var alien = new ObjectType("Alien").Implements(being).Implements(intelligent)
            .Field("name", ScalarType.String, configure: Surname())
            .Field("iq", ScalarType.Int)
            .Field("numEyes", ScalarType.Int);
        var dogOrHuman = new UnionType("DogOrHuman", null, dog, human);
        var humanOrAlien = new UnionType("HumanOrAlien", null, human, alien);
        var complexInput = new InputObjectType("ComplexInput")
            .Field("requiredField", new NonNullType(ScalarType.Boolean))
            .Field("nonNullField", new NonNullType(ScalarType.Boolean), (object)false)
            .Field("intField", ScalarType.Int)
            .Field("stringField", ScalarType.String)
            .Field("booleanField", ScalarType.Boolean)
            .Field("stringListField", new ListType(ScalarType.String));
        var oneOfInput = new InputObjectType("OneOfInput", isOneOf: true)
            .Field("stringField", ScalarType.String)
            .Field("intField", ScalarType.Int);
        var complicatedArgs = new ObjectType("ComplicatedArgs")
            .Field("intArgField", ScalarType.String, configure: f => f.Argument("intArg", ScalarType.Int))
            .Field("nonNullIntArgField", ScalarType.String, configure: f => f.Argument("nonNullIntArg", new NonNullType(ScalarType.Int)))
            .Field("stringArgField", ScalarType.String, configure: f => f.Argument("stringArg", ScalarType.String))
            .Field("booleanArgField", ScalarType.String, configure: f => f.Argument("booleanArg", ScalarType.Boolean))
            .Field("enumArgField", ScalarType.String, configure: f => f.Argument("enumArg", furColor))
            .Field("floatArgField", ScalarType.String, configure: f => f.Argument("floatArg", ScalarType.Float))
            .Field("idArgField", ScalarType.String, configure: f => f.Argument("idArg", ScalarType.ID))
            .Field("stringListArgField", ScalarType.String, configure: f => f.Argument("stringListArg", new ListType(ScalarType.String)))
            .Field("stringListNonNullArgField", ScalarType.String, configure: f => f.Argument("stringListNonNullArg", new ListType(new NonNullType(ScalarType.String))))
            .Field("complexArgField", ScalarType.String, configure: f => f.Argument("complexArg", complexInput))
            .Field("oneOfArgField", ScalarType.String, configure: f => f.Argument("oneOfArg", oneOfInput))
            .Field("multipleReqs", ScalarType.String, configure: f => f
                .Argument("req1", new NonNullType(ScalarType.Int)).Argument("req2", new NonNullType(ScalarType.Int)))
            .Field("nonNullFieldWithDefault", ScalarType.String, configure: f => f.Argument("arg", new NonNullType(ScalarType.Int), (object)0))
            .Field("multipleOpts", ScalarType.String, configure: f => f
                .Argument("opt1", ScalarType.Int, (object)0).Argument("opt2", ScalarType.Int, (object)0))
            .Field("multipleOptAndReq", ScalarType.String, configure: f => f
                .Argument("req1", new NonNullType(ScalarType.Int)).Argument("req2", new NonNullType(ScalarType.Int))
                .Argument("opt1", ScalarType.Int, (object)0).Argument("opt2", ScalarType.Int, (object)0));
        var query = new ObjectType("QueryRoot")
            .Field("human", human, configure: f => f.Argument("id", ScalarType.ID))
            .Field("alien", alien)
            .Field("dog", dog)
            .Field("cat", cat)
            .Field("pet", pet)
            .Field("catOrDog", catOrDog)
            .Field("dogOrHuman", dogOrHuman)
            .Field("humanOrAlien", humanOrAlien)
            .Field("complicatedArgs", complicatedArgs);
        var message = new ObjectType("Message").Field("body", ScalarType.String).Field("sender", ScalarType.String);
        var subscription = new ObjectType("SubscriptionRoot")
            .Field("importantEmails", new ListType(ScalarType.String))
            .Field("notImportantEmails", new ListType(ScalarType.String))
            .Field("moreImportantEmails", new ListType(ScalarType.String))
            .Field("spamEmails", new ListType(ScalarType.String))
            .Field("deletedEmails", new ListType(ScalarType.String))
            .Field("newMessage", message);
        var mutation = new ObjectType("MutationRoot").Field("addPet", pet, configure: f => f.Argument("name", ScalarType.String));

        DirectiveDefinition Directive(string name, DirectiveLocation location, bool repeatable = false) =>
            new(name, [location], isRepeatable: repeatable);

        return new GraphQLSchema(
            query,
            mutation,
            subscription,
            types: [canine, catOrDog, dogOrHuman, humanOrAlien],
            directives:
            [
                Directive("onQuery", DirectiveLocation.Query),
                Directive("onMutation", DirectiveLocation.Mutation),
                Directive("onSubscription", DirectiveLocation.Subscription),
                Directive("onField", DirectiveLocation.Field),
                Directive("onFragmentDefinition", DirectiveLocation.FragmentDefinition),
                Directive("onFragmentSpread", DirectiveLocation.FragmentSpread),
                Directive("onInlineFragment", DirectiveLocation.InlineFragment),
                Directive("onVariableDefinition", DirectiveLocation.VariableDefinition),
                Directive("repeatable", DirectiveLocation.Field, repeatable: true),
            ]);
    }
}
