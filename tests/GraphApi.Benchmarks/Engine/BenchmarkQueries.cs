namespace GraphApi.Benchmarks.Engine;

/// <summary>The documents the engine benchmarks run: a trivial one, a small nested one, and GraphiQL's introspection query.</summary>
public static class BenchmarkQueries
{
    public const string Typename = "{ __typename }";

    public const string SmallNested = """
        query Neighbourhood($id: ID!) {
          entity(id: $id) {
            id
            name
            kind
            neighbours(first: 3) { id name neighbours(first: 2) { id name } }
          }
        }
        """;

    /// <summary>The query GraphiQL sends to draw its documentation explorer (spec §4.2 "Introspection"), with descriptions and deprecations.</summary>
    public const string Introspection = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              locations
              args { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    public static IReadOnlyDictionary<string, object?> SmallNestedVariables { get; } = new Dictionary<string, object?> { ["id"] = "n7" };

    public static IReadOnlyDictionary<string, object?>? VariablesFor(string query) => query == SmallNested ? SmallNestedVariables : null;
}
