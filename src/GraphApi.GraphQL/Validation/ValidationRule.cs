using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// One rule of spec section 5 (Validation). The <see cref="DocumentValidator"/> walks the document once and calls every
/// rule's hooks at each node, with <see cref="ValidationContext.TypeInfo"/> already describing that position.
/// A rule overrides only the hooks it needs, like a graphql-js rule returns a visitor for a few node kinds.
/// </summary>
public abstract class ValidationRule
{
    public virtual void EnterDocument(ValidationContext context, DocumentNode node)
    {
    }

    public virtual void LeaveDocument(ValidationContext context, DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
    }

    public virtual void EnterField(ValidationContext context, FieldNode node)
    {
    }

    public virtual void LeaveField(ValidationContext context, FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
    }

    /// <summary>Called for the directives of every node that can carry them, before the directives are walked.</summary>
    public virtual void EnterDirectives(ValidationContext context, SyntaxNode owner, IReadOnlyList<DirectiveNode> directives)
    {
    }

    public virtual void EnterDirective(ValidationContext context, DirectiveNode node, DirectiveLocation location)
    {
    }

    public virtual void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
    }

    public virtual void EnterArgument(ValidationContext context, ArgumentNode node)
    {
    }

    public virtual void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
    }

    /// <summary>Called for every value in the document, variables included, with <see cref="TypeInfo.InputType"/> set.</summary>
    public virtual void EnterValue(ValidationContext context, ValueNode node)
    {
    }

    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
    }
}
