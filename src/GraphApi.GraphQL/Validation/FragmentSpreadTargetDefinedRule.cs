using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined: a spread names a fragment defined in the document.</summary>
public sealed class FragmentSpreadTargetDefinedRule : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name.Value}\".", "5.5.2.1", node.Name);
        }
    }
}
