using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.1.1 Executable Definitions: a document sent for execution holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => type.Name.Value,
                TypeExtensionNode extension => extension.Name.Value,
                DirectiveDefinitionNode directive => directive.Name.Value,
                _ => definition.Kind.ToString(),
            };
            context.ReportError($"The \"{name}\" definition is not executable.", "5.1.1", definition);
        }
    }
}
