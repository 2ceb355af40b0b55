using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.3.3 Leaf Field Selections: scalars and enums have no selection set; objects, interfaces and unions need one.</summary>
public sealed class LeafFieldSelectionsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        var type = context.TypeInfo.Type;
        if (type is null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        if (type.IsLeafType)
        {
            if (node.SelectionSet is not null)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", "5.3.3", node.SelectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            context.ReportError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", "5.3.3", node);
        }
    }
}
