using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphApi.GraphQL.Language;
using Snapshooter.Xunit;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    [Fact]
    public void Reports_every_rule_in_document_order_as_a_client_sees_it()
    {
        var document = Parser.Parse("""
            query Pets($unused: Int, $id: ID, $id: ID) {
              dog { nmae barks { loud } ...CatFields @include }
              human(id: $id, id: 4) { pets }
              complicatedArgs { intArgField(intArg: "one") complexArgField(complexArg: {intFeld: 1}) }
              alias: dog { name }
              alias: cat { name }
            }
            fragment CatFields on Cat { meows ...CatFields }
            fragment Unused on Scalar { a }
            { orphan }
            type NotExecutable { a: Int }
            """);
        ToJson(DocumentValidator.Validate(ValidationHarness.Schema, document)).MatchSnapshot();
    }

    [Fact]
    public void Valid_document_has_no_errors() =>
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{ dog { name } }")));

    [Fact]
    public void Zero_error_limit_aborts_at_the_first_error()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{ a b }"), maxErrors: 0);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Each_validation_uses_fresh_rule_state()
    {
        var conflicting = Parser.Parse("{ dog { x: name x: nickname } }");
        Assert.Single(DocumentValidator.Validate(ValidationHarness.Schema, conflicting));
        Assert.Single(DocumentValidator.Validate(ValidationHarness.Schema, conflicting));
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{ dog { x: name } }")));
    }

    [Fact]
    public void A_tree_built_in_code_deeper_than_the_stack_is_rejected_not_crashed()
    {
        var selectionSet = new SelectionSetNode([new FieldNode(null, new NameNode("name"), [], [], null)]);
        for (var i = 0; i < 200_000; i++)
        {
            selectionSet = new SelectionSetNode([new FieldNode(null, new NameNode("mother"), [], [], selectionSet)]);
        }

        var document = new DocumentNode([new OperationDefinitionNode(OperationType.Query, null, [], [], new SelectionSetNode(
            [new FieldNode(null, new NameNode("dog"), [], [], selectionSet)]))]);
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, document);
        Assert.Equal("Document is nested too deeply, or chains too many fragments, to be validated.", Assert.Single(errors).Message);
    }

    private static string ToJson(IReadOnlyList<GraphApi.GraphQL.Errors.GraphQLError> errors)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                error.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
