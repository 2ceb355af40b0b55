using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Tests.Validation;

public class ValidationHarnessTests
{
    [Fact]
    public void Canonical_schema_builds_and_a_rich_query_passes_every_rule()
    {
        ValidationHarness.ExpectValidWithAllRules("""
            query Q($id: ID, $command: DogCommand = SIT, $complex: ComplexInput) @onQuery {
              human(id: $id) { name(surname: true) pets { name ... on Dog { barks } } relatives { iq } }
              dog @onField {
                ...DogFields @onFragmentSpread
                doesKnowCommand(dogCommand: $command)
                isHouseTrained
                ... on Canine @onInlineFragment { mother { name } }
              }
              catOrDog { __typename ... on Cat { furColor } ... on Dog { barkVolume } }
              complicatedArgs {
                complexArgField(complexArg: {requiredField: true, stringListField: ["a", null]})
                other: complexArgField(complexArg: $complex)
                oneOfArgField(oneOfArg: {intField: 3})
                multipleOptAndReq(req1: 1, req2: 2)
                stringListArgField(stringListArg: "single")
                floatArgField(floatArg: 1)
              }
              __schema { queryType { name } }
              __type(name: "Dog") { name }
            }

            fragment DogFields on Dog @onFragmentDefinition { name nickname @repeatable @repeatable }
            """);
    }

    [Fact]
    public void Stops_after_the_error_limit_with_the_graphql_js_message()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => $"unknown{i}")) + " }";
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query), maxErrors: 10);
        Assert.Equal(11, errors.Count);
        Assert.Equal("Cannot query field \"unknown0\" on type \"QueryRoot\".", errors[0].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal(100, DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query)).Count - 1);
    }

    [Fact]
    public void Errors_carry_the_spec_section_of_their_rule()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{ dog { unknown } }"));
        var error = Assert.Single(errors);
        Assert.Equal("5.3.1", error.SpecSection);
        Assert.Equal(new GraphApi.GraphQL.Errors.ErrorLocation(1, 9), Assert.Single(error.Locations));
    }

    [Fact]
    public void Graphiql_introspection_query_is_valid()
    {
        ValidationHarness.ExpectValidWithAllRules("""
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """);
    }
}
