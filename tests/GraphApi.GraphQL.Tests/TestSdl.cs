namespace GraphApi.GraphQL.Tests;

/// <summary>
/// An SDL schema that uses every type system feature once: descriptions, a repeatable custom directive, interfaces
/// implementing interfaces, a union, deprecations everywhere, a oneOf input, defaults and a specified-by scalar.
/// </summary>
public static class TestSdl
{
    public const string Text = """"
        """Marks a field as costly."""
        directive @cost(weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT

        """
        The root of all reads.

        Second paragraph.
        """
        type Query {
          """Say hello."""
          hello(name: String = "world", times: Int): String @deprecated
          node(id: ID!): Node
          search(
            """What to look for."""
            text: String!

            """How many."""
            first: Int = 10 @deprecated(reason: "Use `limit`.")
          ): [SearchResult!]!
          by(key: Key!, filter: Filter = { tags: ["a", "b"], color: RED }): Person
          today: Date
        }

        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String
        }

        """A human."""
        type Person implements Node & Named {
          id: ID!
          name: String
          knows: [Person!]
        }

        type Robot implements Node {
          id: ID!
        }

        union SearchResult = Person | Robot

        enum Color {
          """The color of fire."""
          RED
          GREEN @deprecated(reason: "Out of stock.")
          BLUE @deprecated
        }

        input Key @oneOf {
          id: ID
          email: String
        }

        input Filter {
          tags: [String!]
          color: Color = GREEN
          old: Boolean @deprecated
        }

        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
        """";
}
